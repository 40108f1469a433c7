#include <stddef.h>

#include <check.h>

#include "tests.h"
#include "venue.h"

static const struct {
	const char	*venue;
	enum venue_kind	 kind;
} venue_cases[] = {
	{ NULL, VENUE_PREPRINT },
	{ "", VENUE_PREPRINT },
	{ " \t", VENUE_PREPRINT },
	{ "arXiv preprint arXiv:2401.00001", VENUE_PREPRINT },
	{ "CoRR", VENUE_PREPRINT },
	{ "bioRxiv", VENUE_PREPRINT },
	/* A preprint server comes first, whatever follows. */
	{ "Journal of Machine Learning Research (arXiv)", VENUE_PREPRINT },
	{ "IEEE/CVF Conference on Computer Vision", VENUE_PROCEEDINGS },
	{ "Proc. Int. Conf. on Parallel Processing", VENUE_PROCEEDINGS },
	{ "Euro-Par 2023", VENUE_PROCEEDINGS },
	{ "EURO-PAR 2023", VENUE_PROCEEDINGS },
	{ "NeurIPS", VENUE_PROCEEDINGS },
	{ "Advances in NeurIPS 2020", VENUE_PROCEEDINGS },
	/* Acronyms match exactly: "neurips" and "Sc" are words. */
	{ "neurips", VENUE_JOURNAL },
	{ "SC '23", VENUE_PROCEEDINGS },
	{ "Sc", VENUE_JOURNAL },
	{ "MLSys", VENUE_PROCEEDINGS },
	{ "WWW '24 Companion", VENUE_PROCEEDINGS },
	/* A workshop comes before a journal word. */
	{ "Workshop of the Journal Club", VENUE_PROCEEDINGS },
	{ "Journal of Computational Physics", VENUE_JOURNAL },
	{ "IEEE Trans. Pattern Anal. Mach. Intell.", VENUE_JOURNAL },
	{ "Phys. Rev. Lett.", VENUE_JOURNAL },
	{ "Proc. VLDB Endow.", VENUE_JOURNAL },
	{ "Proceedings of the IEEE", VENUE_JOURNAL },
	{ "PROCEEDINGS OF THE ACM ON Programming Languages",
	    VENUE_JOURNAL },
	{ "Proc. ACM Program. Lang.", VENUE_JOURNAL },
	/* A conference word comes before the journal phrases. */
	{ "Proceedings of the IEEE Conference on Robotics", VENUE_PROCEEDINGS },
	{ "Proceedings of the 2020 SIAM Data Mining", VENUE_PROCEEDINGS },
	{ "Proc. of the Royal Society A", VENUE_JOURNAL },
	{ "Nature", VENUE_JOURNAL },
	{ "Science Robotics", VENUE_JOURNAL },
	/* Words are runs of letters; parts of words do not match. */
	{ "Conferences", VENUE_JOURNAL },
	{ "Proceedingsof", VENUE_JOURNAL },
	{ "X-Proc", VENUE_PROCEEDINGS },
	{ "Élan: revue d'acad\xc3\xa9mie", VENUE_JOURNAL },
};

/* Each venue's kind, by the first rule it matches. */
START_TEST(test_venue_kind)
{
	size_t	 i;

	for (i = 0; i < sizeof(venue_cases) / sizeof(venue_cases[0]); i++)
		ck_assert_msg(venue_kind(venue_cases[i].venue) ==
		    venue_cases[i].kind, "venue '%s': kind %d, want %d",
		    venue_cases[i].venue != NULL ? venue_cases[i].venue :
		    "(null)", (int)venue_kind(venue_cases[i].venue),
		    (int)venue_cases[i].kind);
}
END_TEST

Suite *
venue_suite(void)
{
	Suite	*s = suite_create("venue");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_venue_kind);
	suite_add_tcase(s, tc);
	return s;
}
