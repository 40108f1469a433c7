#ifndef COLOR_H
#define COLOR_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Colour in text output: ANSI SGR sequences ("ESC [ params m") around a
 * heading, a date or the owner's name.  Records never hold an ESC (the
 * readers reject control characters), so every SGR sequence in a line
 * being written is one of ours.
 */

/* What a piece of text is, which decides its colour. */
enum color_role {
	COLOR_HEADING,		/* a section or table heading */
	COLOR_DATE,
	COLOR_OWNER		/* the owner's name among authors */
};

/*
 * What --color=auto decides for the descriptor fd: colour when it is a
 * terminal, NO_COLOR is unset or empty, and TERM is not "dumb".
 */
bool	 color_auto(int fd);
/*
 * Takes --color=WHEN: "auto" (color_auto(fd)), "always" or "never", and
 * sets *on.  Returns false after a usage message naming cmd.
 */
bool	 color_option(const char *when, const char *cmd, int fd, bool *on);
/* The sequence that starts role, or "" when on is false.  Static. */
const char *color_start(bool on, enum color_role);
/* The sequence that ends a colour, or "" when on is false.  Static. */
const char *color_end(bool on);
/* The length of the SGR sequence that starts s[0..len), or 0. */
size_t	 color_sgr_len(const char *s, size_t len);
/*
 * The display width of s[0..len) in terminal columns, as text_width()
 * counts it, with SGR sequences counting as nothing.
 */
size_t	 color_width(const char *s, size_t len);

#endif /* COLOR_H */
