/*
 * yaml_walk: the floor for pubtool's YAML reader.  Runs libyaml's parser
 * over FILE (or standard input) and deletes each event; it builds nothing
 * and writes only the event count.  pubtool's YAML path is compared with
 * it in bench/RESULTS.md.
 *
 * usage: yaml_walk [FILE]
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <yaml.h>

int
main(int argc, char *argv[])
{
	const char *path = argc > 1 ? argv[1] : "-";
	yaml_parser_t parser;
	yaml_event_t event;
	unsigned long long nevents = 0;
	FILE *fp;
	int done = 0, rc = 0;

	if (argc > 2) {
		fputs("usage: yaml_walk [FILE]\n", stderr);
		return 2;
	}
	if (strcmp(path, "-") == 0)
		fp = stdin;
	else if ((fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "yaml_walk: %s: %s\n", path, strerror(errno));
		return 4;
	}
	if (!yaml_parser_initialize(&parser)) {
		fputs("yaml_walk: out of memory\n", stderr);
		rc = 4;
		goto out;
	}
	yaml_parser_set_input_file(&parser, fp);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			/* libyaml's marks count from 0. */
			fprintf(stderr, "yaml_walk: %s:%lu:%lu: %s\n", path,
			    (unsigned long)parser.problem_mark.line + 1,
			    (unsigned long)parser.problem_mark.column + 1,
			    parser.problem != NULL ? parser.problem : "error");
			rc = 3;
			break;
		}
		done = event.type == YAML_STREAM_END_EVENT;
		nevents++;
		yaml_event_delete(&event);
	}
	yaml_parser_delete(&parser);
	if (rc == 0)
		printf("%llu\n", nevents);
out:
	if (fp != stdin)
		fclose(fp);
	return rc;
}
