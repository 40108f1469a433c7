/*
 * The unit test runner: every module's suite in one Check runner.  Check
 * forks for each test unless CK_FORK=no (use that under a debugger or
 * valgrind); CK_RUN_SUITE and CK_RUN_CASE pick what runs.
 */
#include <stdlib.h>

#include <check.h>

#include "tests.h"

int
main(void)
{
	static Suite *(*const suites[])(void) = {
		arena_suite, buf_suite, strmap_suite, hashset_suite, area_suite,
		venue_suite,
		record_suite, stream_suite, swar_suite, text_suite,
		color_suite, progress_suite, usage_suite,
		date_suite, key_suite, profile_read_suite, yaml_suite,
		atom_read_suite, dblp_read_suite,
		csv_read_suite, csv_write_suite, ref_write_suite,
		escape_suite, listing_suite,
		bibtex_read_suite, bibtex_write_suite, json_suite,
		csljson_write_suite, ris_write_suite,
		stats_suite, filter_suite, merge_suite, config_suite,
		pipeline_suite
	};
	SRunner	*sr;
	size_t	 i;
	int	 nfailed;

	sr = srunner_create(suites[0]());
	for (i = 1; i < sizeof(suites) / sizeof(suites[0]); i++)
		srunner_add_suite(sr, suites[i]());
	srunner_run_all(sr, CK_ENV);
	nfailed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfailed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
