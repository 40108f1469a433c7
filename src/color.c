#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "color.h"
#include "diag.h"
#include "text.h"

#define SGR_RESET	"\033[0m"

/* Indexed by enum color_role: bold; cyan; bold yellow. */
static const char *const sgr[] = { "\033[1m", "\033[36m", "\033[1;33m" };

bool
color_auto(int fd)
{
	const char	*env;

	/* https://no-color.org: set and not empty means no colour. */
	if ((env = getenv("NO_COLOR")) != NULL && *env != '\0')
		return false;
	if ((env = getenv("TERM")) != NULL && strcmp(env, "dumb") == 0)
		return false;
	return isatty(fd) == 1;
}

bool
color_option(const char *when, const char *cmd, int fd, bool *on)
{
	if (strcmp(when, "auto") == 0)
		*on = color_auto(fd);
	else if (strcmp(when, "always") == 0)
		*on = true;
	else if (strcmp(when, "never") == 0)
		*on = false;
	else {
		diag_usage(cmd, "invalid --color '%s' (auto, always or never)",
		    when);
		return false;
	}
	return true;
}

const char *
color_start(bool on, enum color_role role)
{
	return on ? sgr[role] : "";
}

const char *
color_end(bool on)
{
	return on ? SGR_RESET : "";
}

size_t
color_sgr_len(const char *s, size_t len)
{
	size_t	 i;

	if (len < 3 || s[0] != '\033' || s[1] != '[')
		return 0;
	for (i = 2; i < len && (s[i] == ';' || (s[i] >= '0' && s[i] <= '9'));
	    i++)
		;
	return i < len && s[i] == 'm' ? i + 1 : 0;
}

size_t
color_width(const char *s, size_t len)
{
	size_t	 i, start = 0, n, width = 0;

	for (i = 0; i < len; i++) {
		if (s[i] != '\033' || (n = color_sgr_len(s + i, len - i)) == 0)
			continue;
		width += text_width(s + start, i - start);
		i += n - 1;
		start = i + 1;
	}
	return width + text_width(s + start, len - start);
}
