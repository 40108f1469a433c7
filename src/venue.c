/*
 * The kind of publication a venue names, for the writers of citation
 * formats (BibTeX, CSL-JSON, RIS).  A record without a venue is a
 * preprint.  A venue is matched against venue_rules[] below, first match
 * wins: a preprint server (arXiv, CoRR, bioRxiv, ...) keeps it a
 * preprint; a conference, workshop or symposium, or a well-known
 * conference acronym (NeurIPS, CVPR, SC, ...), makes it a proceedings
 * paper; a journal word (Journal, Trans., Letters, ...) or phrase
 * (Proceedings of the IEEE) a journal paper; a venue that is still only
 * "Proceedings ..." a proceedings paper; anything else is taken for a
 * journal.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "venue.h"

enum venue_match {
	VM_WORD,	/* a word of the venue, in any case */
	VM_ACRONYM,	/* a word of the venue, exactly */
	VM_PHRASE	/* a part of the venue, in any case */
};

/* How a venue decides the kind; the first rule that matches wins. */
static const struct venue_rule {
	const char		*text;
	enum venue_match	 how;
	enum venue_kind		 kind;
} venue_rules[] = {
	/* Preprint servers: still a preprint. */
	{ "arxiv", VM_WORD, VENUE_PREPRINT },
	{ "corr", VM_WORD, VENUE_PREPRINT },
	{ "biorxiv", VM_WORD, VENUE_PREPRINT },
	{ "medrxiv", VM_WORD, VENUE_PREPRINT },
	{ "chemrxiv", VM_WORD, VENUE_PREPRINT },
	{ "techrxiv", VM_WORD, VENUE_PREPRINT },
	{ "ssrn", VM_WORD, VENUE_PREPRINT },
	{ "preprint", VM_WORD, VENUE_PREPRINT },
	/* Conferences and workshops. */
	{ "conference", VM_WORD, VENUE_PROCEEDINGS },
	{ "conf", VM_WORD, VENUE_PROCEEDINGS },
	{ "workshop", VM_WORD, VENUE_PROCEEDINGS },
	{ "workshops", VM_WORD, VENUE_PROCEEDINGS },
	{ "symposium", VM_WORD, VENUE_PROCEEDINGS },
	{ "symp", VM_WORD, VENUE_PROCEEDINGS },
	{ "colloquium", VM_WORD, VENUE_PROCEEDINGS },
	{ "congress", VM_WORD, VENUE_PROCEEDINGS },
	{ "meeting", VM_WORD, VENUE_PROCEEDINGS },
	{ "Euro-Par", VM_PHRASE, VENUE_PROCEEDINGS },
	{ "AAAI", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ACL", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "AISTATS", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "BMVC", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "CHI", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "COLING", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "COLM", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "CVPR", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "EACL", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ECCV", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "EMNLP", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "HPDC", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ICASSP", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ICCV", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ICDM", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ICLR", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ICML", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ICPP", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ICRA", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "IJCAI", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "INTERSPEECH", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "IPDPS", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "IROS", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "ISC", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "KDD", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "LREC", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "MICCAI", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "MLSys", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "NAACL", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "NeurIPS", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "NIPS", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "PPoPP", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "SC", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "SIGGRAPH", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "SIGIR", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "SIGMOD", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "UAI", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "WACV", VM_ACRONYM, VENUE_PROCEEDINGS },
	{ "WWW", VM_ACRONYM, VENUE_PROCEEDINGS },
	/* Journals, including those called "Proceedings". */
	{ "journal", VM_WORD, VENUE_JOURNAL },
	{ "j", VM_WORD, VENUE_JOURNAL },
	{ "transactions", VM_WORD, VENUE_JOURNAL },
	{ "trans", VM_WORD, VENUE_JOURNAL },
	{ "letters", VM_WORD, VENUE_JOURNAL },
	{ "lett", VM_WORD, VENUE_JOURNAL },
	{ "magazine", VM_WORD, VENUE_JOURNAL },
	{ "review", VM_WORD, VENUE_JOURNAL },
	{ "rev", VM_WORD, VENUE_JOURNAL },
	{ "annals", VM_WORD, VENUE_JOURNAL },
	{ "bulletin", VM_WORD, VENUE_JOURNAL },
	{ "communications", VM_WORD, VENUE_JOURNAL },
	{ "commun", VM_WORD, VENUE_JOURNAL },
	{ "acta", VM_WORD, VENUE_JOURNAL },
	{ "acad", VM_WORD, VENUE_JOURNAL },
	{ "academy", VM_WORD, VENUE_JOURNAL },
	{ "society", VM_WORD, VENUE_JOURNAL },
	{ "soc", VM_WORD, VENUE_JOURNAL },
	{ "endow", VM_WORD, VENUE_JOURNAL },
	{ "endowment", VM_WORD, VENUE_JOURNAL },
	{ "proceedings of the ieee", VM_PHRASE, VENUE_JOURNAL },
	{ "proc. ieee", VM_PHRASE, VENUE_JOURNAL },
	{ "proceedings of the acm on", VM_PHRASE, VENUE_JOURNAL },
	{ "proc. acm", VM_PHRASE, VENUE_JOURNAL },
	/* Other proceedings. */
	{ "proceedings", VM_WORD, VENUE_PROCEEDINGS },
	{ "proc", VM_WORD, VENUE_PROCEEDINGS },
};

#define NRULES	(sizeof(venue_rules) / sizeof(venue_rules[0]))

static bool	 is_alpha(char);
static char	 fold(char);
static bool	 has_phrase(const char *, const char *);
static size_t	 first_word_rule(const char *, size_t, size_t);

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* An ASCII letter in lower case; anything else as it is. */
static char
fold(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Does the venue hold the phrase, in any case? */
static bool
has_phrase(const char *venue, const char *phrase)
{
	const char	*p;
	size_t		 len = strlen(phrase);

	for (p = venue; *p != '\0'; p++)
		if (fold(*p) == fold(phrase[0]) &&
		    strncasecmp(p, phrase, len) == 0)
			return true;
	return false;
}

/*
 * The index of the first of the rules before n that the word w[0..len)
 * matches, or n.  A word is a run of ASCII letters, so "Proc." holds
 * "Proc" and "IEEE/CVF" holds "IEEE" and "CVF".  The first letter is
 * compared first: most rules differ there.
 */
static size_t
first_word_rule(const char *w, size_t len, size_t n)
{
	const struct venue_rule	*rule;
	size_t			 i;

	for (i = 0; i < n; i++) {
		rule = &venue_rules[i];
		if (rule->how == VM_PHRASE ||
		    fold(rule->text[0]) != fold(w[0]) ||
		    strlen(rule->text) != len)
			continue;
		if (rule->how == VM_WORD ?
		    strncasecmp(w, rule->text, len) == 0 :
		    strncmp(w, rule->text, len) == 0)
			return i;
	}
	return n;
}

/*
 * The kind of the venue: by the first rule it matches, else a journal.
 * The venue is read once, word by word, each word finding the first rule
 * it matches that comes before those already matched.
 */
enum venue_kind
venue_kind(const char *venue)
{
	const char	*p, *q;
	size_t		 best;

	if (text_is_blank(venue))
		return VENUE_PREPRINT;
	for (best = 0; best < NRULES; best++)
		if (venue_rules[best].how == VM_PHRASE &&
		    has_phrase(venue, venue_rules[best].text))
			break;
	for (p = venue; *p != '\0' && best > 0; p = q) {
		if (!is_alpha(*p)) {
			q = p + 1;
			continue;
		}
		for (q = p; is_alpha(*q); q++)
			continue;
		best = first_word_rule(p, (size_t)(q - p), best);
	}
	return best < NRULES ? venue_rules[best].kind : VENUE_JOURNAL;
}
