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
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "venue.h"

enum venue_match {
	VM_WORD,	/* a word of the venue, in any case */
	VM_ACRONYM,	/* a word of the venue, exactly */
	VM_PHRASE	/* a part of the venue, in any case */
};

#define RULE(text, how, kind)	{ text, sizeof(text) - 1, how, kind }

/* How a venue decides the kind; the first rule that matches wins. */
static const struct venue_rule {
	const char		*text;
	size_t			 len;
	enum venue_match	 how;
	enum venue_kind		 kind;
} venue_rules[] = {
	/* Preprint servers: still a preprint. */
	RULE("arxiv", VM_WORD, VENUE_PREPRINT),
	RULE("corr", VM_WORD, VENUE_PREPRINT),
	RULE("biorxiv", VM_WORD, VENUE_PREPRINT),
	RULE("medrxiv", VM_WORD, VENUE_PREPRINT),
	RULE("chemrxiv", VM_WORD, VENUE_PREPRINT),
	RULE("techrxiv", VM_WORD, VENUE_PREPRINT),
	RULE("ssrn", VM_WORD, VENUE_PREPRINT),
	RULE("preprint", VM_WORD, VENUE_PREPRINT),
	/* Conferences and workshops. */
	RULE("conference", VM_WORD, VENUE_PROCEEDINGS),
	RULE("conf", VM_WORD, VENUE_PROCEEDINGS),
	RULE("workshop", VM_WORD, VENUE_PROCEEDINGS),
	RULE("workshops", VM_WORD, VENUE_PROCEEDINGS),
	RULE("symposium", VM_WORD, VENUE_PROCEEDINGS),
	RULE("symp", VM_WORD, VENUE_PROCEEDINGS),
	RULE("colloquium", VM_WORD, VENUE_PROCEEDINGS),
	RULE("congress", VM_WORD, VENUE_PROCEEDINGS),
	RULE("meeting", VM_WORD, VENUE_PROCEEDINGS),
	RULE("Euro-Par", VM_PHRASE, VENUE_PROCEEDINGS),
	RULE("AAAI", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ACL", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("AISTATS", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("BMVC", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("CHI", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("COLING", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("COLM", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("CVPR", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("EACL", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ECCV", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("EMNLP", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("HPDC", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ICASSP", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ICCV", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ICDM", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ICLR", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ICML", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ICPP", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ICRA", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("IJCAI", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("INTERSPEECH", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("IPDPS", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("IROS", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("ISC", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("KDD", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("LREC", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("MICCAI", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("MLSys", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("NAACL", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("NeurIPS", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("NIPS", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("PPoPP", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("SC", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("SIGGRAPH", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("SIGIR", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("SIGMOD", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("UAI", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("WACV", VM_ACRONYM, VENUE_PROCEEDINGS),
	RULE("WWW", VM_ACRONYM, VENUE_PROCEEDINGS),
	/* Journals, including those called "Proceedings". */
	RULE("journal", VM_WORD, VENUE_JOURNAL),
	RULE("j", VM_WORD, VENUE_JOURNAL),
	RULE("transactions", VM_WORD, VENUE_JOURNAL),
	RULE("trans", VM_WORD, VENUE_JOURNAL),
	RULE("letters", VM_WORD, VENUE_JOURNAL),
	RULE("lett", VM_WORD, VENUE_JOURNAL),
	RULE("magazine", VM_WORD, VENUE_JOURNAL),
	RULE("review", VM_WORD, VENUE_JOURNAL),
	RULE("rev", VM_WORD, VENUE_JOURNAL),
	RULE("annals", VM_WORD, VENUE_JOURNAL),
	RULE("bulletin", VM_WORD, VENUE_JOURNAL),
	RULE("communications", VM_WORD, VENUE_JOURNAL),
	RULE("commun", VM_WORD, VENUE_JOURNAL),
	RULE("acta", VM_WORD, VENUE_JOURNAL),
	RULE("acad", VM_WORD, VENUE_JOURNAL),
	RULE("academy", VM_WORD, VENUE_JOURNAL),
	RULE("society", VM_WORD, VENUE_JOURNAL),
	RULE("soc", VM_WORD, VENUE_JOURNAL),
	RULE("endow", VM_WORD, VENUE_JOURNAL),
	RULE("endowment", VM_WORD, VENUE_JOURNAL),
	RULE("proceedings of the ieee", VM_PHRASE, VENUE_JOURNAL),
	RULE("proc. ieee", VM_PHRASE, VENUE_JOURNAL),
	RULE("proceedings of the acm on", VM_PHRASE, VENUE_JOURNAL),
	RULE("proc. acm", VM_PHRASE, VENUE_JOURNAL),
	/* Other proceedings. */
	RULE("proceedings", VM_WORD, VENUE_PROCEEDINGS),
	RULE("proc", VM_WORD, VENUE_PROCEEDINGS),
};

#define NRULES	(sizeof(venue_rules) / sizeof(venue_rules[0]))
#define NMASK	2		/* 64-bit words of a set of rules */

_Static_assert(NRULES <= 64 * NMASK, "more venue rules than a rule set holds");

/*
 * The rules by the first letter of their text, as sets of rule indexes:
 * a word is compared only with the rules that start with its letter.
 */
struct rule_sets {
	uint64_t	 word[26][NMASK];	/* VM_WORD and VM_ACRONYM */
	uint64_t	 phrase[26][NMASK];	/* VM_PHRASE */
};

static struct rule_sets	 rule_sets;
static pthread_once_t	 rule_sets_once = PTHREAD_ONCE_INIT;

static bool	 is_alpha(char);
static char	 fold(char);
static void	 make_rule_sets(void);
static size_t	 first_phrase_rule(const char *);
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

static void
make_rule_sets(void)
{
	const struct venue_rule	*rule;
	uint64_t		(*set)[NMASK];
	size_t			 i;
	int			 c;

	for (i = 0; i < NRULES; i++) {
		rule = &venue_rules[i];
		c = fold(rule->text[0]) - 'a';
		set = rule->how == VM_PHRASE ? rule_sets.phrase :
		    rule_sets.word;
		set[c][i / 64] |= (uint64_t)1 << (i % 64);
	}
}

/*
 * The index of the first rule of the set, at or after from and before n,
 * or n.
 */
static size_t
next_rule(const uint64_t set[NMASK], size_t from, size_t n)
{
	uint64_t	 m;
	size_t		 w, i;

	for (w = from / 64; w < NMASK && w * 64 < n; w++) {
		m = set[w];
		if (w == from / 64)
			m &= ~(uint64_t)0 << (from % 64);
		if (m != 0) {
			i = w * 64 + (size_t)__builtin_ctzll(m);
			return i < n ? i : n;
		}
	}
	return n;
}

/* The index of the first phrase rule the venue holds, or NRULES. */
static size_t
first_phrase_rule(const char *venue)
{
	const struct venue_rule	*rule;
	const char		*p;
	size_t			 i, best = NRULES;
	char			 c;

	for (p = venue; *p != '\0'; p++) {
		if (!is_alpha(*p))
			continue;
		c = fold(*p);
		for (i = next_rule(rule_sets.phrase[c - 'a'], 0, best);
		    i < best; i = next_rule(rule_sets.phrase[c - 'a'], i + 1,
		    best)) {
			rule = &venue_rules[i];
			if (strncasecmp(p, rule->text, rule->len) == 0)
				best = i;
		}
	}
	return best;
}

/*
 * The index of the first of the rules before n that the word w[0..len)
 * matches, or n.  A word is a run of ASCII letters, so "Proc." holds
 * "Proc" and "IEEE/CVF" holds "IEEE" and "CVF".  Only the rules that
 * start with the word's letter are compared.
 */
static size_t
first_word_rule(const char *w, size_t len, size_t n)
{
	const uint64_t		*set = rule_sets.word[fold(w[0]) - 'a'];
	const struct venue_rule	*rule;
	size_t			 i;

	for (i = next_rule(set, 0, n); i < n; i = next_rule(set, i + 1, n)) {
		rule = &venue_rules[i];
		if (rule->len != len)
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
	pthread_once(&rule_sets_once, make_rule_sets);
	best = first_phrase_rule(venue);
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
