/*
 * Unit tests for src/bibtex_write.c and src/latex.c: escaping of every
 * TeX special character, math spans kept, brace protection of words in
 * titles, names (et al., corporate, family first, CJK, suffixes), entry
 * types and the field order, missing fields, --ascii output (accents,
 * symbols and the {\char"XXXX} fallback with its warning), and braces
 * that balance whatever the input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "format.h"
#include "latex.h"
#include "record.h"
#include "tests.h"

static char	*write_bib(const struct record *, size_t, bool, char **);
static char	*field(const char *, const char *);
static char	*one_field(const struct record *, bool, const char *);
static char	*title_of(const char *, bool);
static char	*abstract_of(const char *, bool);
static char	*authors_of(const char *const *, bool, bool);
static void	 check_balanced(const char *, const char *);
static void	 check_ascii(const char *);
static void	 runs_case(struct buf *, struct buf *, const char *, size_t,
		    size_t, void (*)(struct buf *, const char *, size_t, int),
		    int);
static void	 put_text(struct buf *, const char *, size_t, int);
static void	 decode(struct buf *, const char *, size_t, int);

/*
 * Writes n records with bibtex_writer, in ASCII when ascii is set, and
 * returns the output, owned by the caller (free()).  The diagnostics go
 * to *msgs (owned by the caller) when msgs is not NULL.
 */
static char *
write_bib(const struct record *recs, size_t n, bool ascii, char **msgs)
{
	struct wopts	 opts;
	FILE		*fp, *mfp;
	char		*out = NULL, *mbuf = NULL;
	size_t		 len, mlen, i;
	void		*state;

	mfp = open_memstream(&mbuf, &mlen);
	ck_assert_ptr_nonnull(mfp);
	diag_reset(mfp);
	fp = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(fp);
	memset(&opts, 0, sizeof(opts));
	opts.ascii = ascii;
	state = bibtex_writer.open(fp, &opts);
	ck_assert_ptr_nonnull(state);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(bibtex_writer.put(state, &recs[i]), 0);
	ck_assert_int_eq(bibtex_writer.close(state), 0);
	ck_assert_int_eq(fclose(fp), 0);
	diag_reset(NULL);
	ck_assert_int_eq(fclose(mfp), 0);
	if (msgs != NULL)
		*msgs = mbuf;
	else
		free(mbuf);
	return out;
}

/*
 * The value of field name in the first entry of out: what stands between
 * "name = {" and "},", or between "name = " and "," for a macro.  NULL
 * when the entry has no such field; else owned by the caller (free()).
 */
static char *
field(const char *out, const char *name)
{
	char		 pat[64];
	const char	*p, *end, *stop;
	char		*v;

	stop = strstr(out, "\n}\n");
	ck_assert_ptr_nonnull(stop);
	snprintf(pat, sizeof(pat), "\n  %s = ", name);
	if ((p = strstr(out, pat)) == NULL || p > stop)
		return NULL;
	p += strlen(pat);
	if (*p == '{') {
		p++;
		for (end = p; (end = strstr(end, "},\n")) != NULL; end++)
			if (end[3] == '}' || strncmp(end + 3, "  ", 2) == 0)
				break;
	} else
		end = strstr(p, ",\n");
	ck_assert_ptr_nonnull(end);
	v = malloc((size_t)(end - p) + 1);
	ck_assert_ptr_nonnull(v);
	memcpy(v, p, (size_t)(end - p));
	v[end - p] = '\0';
	return v;
}

/* One field of one record written alone (owned, or NULL). */
static char *
one_field(const struct record *r, bool ascii, const char *name)
{
	char	*out, *v;

	out = write_bib(r, 1, ascii, NULL);
	check_balanced(out, name);
	if (ascii)
		check_ascii(out);
	v = field(out, name);
	free(out);
	return v;
}

/* The title field written for a record with the given title (owned). */
static char *
title_of(const char *title, bool ascii)
{
	struct record	 r;
	char		*v;

	record_init(&r);
	r.key = "k";
	r.title = title;
	v = one_field(&r, ascii, "title");
	ck_assert_ptr_nonnull(v);
	return v;
}

/* The abstract field written for a record with the given abstract. */
static char *
abstract_of(const char *abstract, bool ascii)
{
	struct record	 r;
	char		*v;

	record_init(&r);
	r.key = "k";
	r.title = "T";
	r.abstract = abstract;
	v = one_field(&r, ascii, "abstract");
	ck_assert_ptr_nonnull(v);
	return v;
}

/* The author field for the NULL-terminated list of names (owned). */
static char *
authors_of(const char *const *names, bool et_al, bool ascii)
{
	struct arena	 a;
	struct record	 r;
	char		*v;

	arena_init(&a);
	record_init(&r);
	r.key = "k";
	r.title = "T";
	strlist_set(&a, &r.authors, names);
	r.et_al = et_al;
	v = one_field(&r, ascii, "author");
	arena_release(&a);
	return v;
}

/*
 * Asserts that the braces of s balance as BibTeX counts them (every
 * brace, escaped or not) and as TeX does (\{ and \} are not braces),
 * and that no \\ comes before a brace, which pandoc cannot read.
 */
static void
check_balanced(const char *s, const char *what)
{
	long	 raw = 0, tex = 0;
	bool	 escaped = false;

	ck_assert_msg(strstr(s, "\\\\{") == NULL &&
	    strstr(s, "\\\\}") == NULL, "\\\\ before a brace (%s)", what);
	for (; *s != '\0'; s++) {
		if (*s == '{' || *s == '}') {
			raw += *s == '{' ? 1 : -1;
			if (!escaped)
				tex += *s == '{' ? 1 : -1;
			ck_assert_msg(raw >= 0 && tex >= 0,
			    "closing brace without an opening one (%s)", what);
		}
		escaped = !escaped && *s == '\\';
	}
	ck_assert_msg(raw == 0 && tex == 0, "braces do not balance (%s)",
	    what);
}

/* Asserts that every byte of s is printable ASCII or a newline. */
static void
check_ascii(const char *s)
{
	for (; *s != '\0'; s++)
		ck_assert_msg((*s >= ' ' && *s <= '~') || *s == '\n',
		    "byte 0x%02X is not ASCII",
		    (unsigned)(unsigned char)*s);
}

/* Input, then what a title and an abstract become. */
static const struct {
	const char	*in;
	const char	*title;
	const char	*abstract;
} escapes[] = {
	{ "A & B", "A \\& B", NULL },
	{ "100% done", "100\\% done", NULL },
	{ "costs $5", "costs \\$5", NULL },
	{ "item #1", "item \\#1", NULL },
	{ "snake_case", "snake\\_case", NULL },
	{ "a { b", "a {\\textbraceleft} b", NULL },
	{ "a } b", "a {\\textbraceright} b", NULL },
	{ "} a {", "{\\textbraceright} a {\\textbraceleft}", NULL },
	{ "x ~ y", "x {\\textasciitilde} y", NULL },
	{ "2^10", "2{\\textasciicircum}10", NULL },
	{ "a \\ b", "a {\\textbackslash} b", NULL },
	{ "end\\", "end{\\textbackslash}", NULL },
	{ "\\1 and \\\\", "{\\textbackslash}1 and "
	    "{\\textbackslash}{\\textbackslash}", NULL },
	/* TeX already in the text is kept. */
	{ "27\\% and \\& \\_", "27\\% and \\& \\_", NULL },
	{ "\\{x\\}", "{\\textbraceleft}x{\\textbraceright}", NULL },
	{ "{a} b", "{a} b", NULL },
	{ "The \\TeX book", "The {\\TeX} book", NULL },
	{ "\\textit{ability factors} of", "{\\textit{ability factors}} of",
	    NULL },
	{ "Schr\\\"odinger", "Schr{\\\"o}dinger", NULL },
	{ "{\\em x} y", "{\\em x} y", NULL },
	{ "``quoted''", "``quoted''", NULL },
	{ "pass@k -- 1/2 <a> \"q\"", "pass@k -- 1/2 <a> \"q\"", NULL },
	/* Math: kept as it is, braced in titles. */
	{ "$O(n\\log n)$ sorting", "{$O(n\\log n)$} sorting",
	    "$O(n\\log n)$ sorting" },
	{ "top-$k$ routing", "top-{$k$} routing", "top-$k$ routing" },
	{ "$\\{x\\}$", "{$\\{x\\}$}", "$\\{x\\}$" },
	{ "$a%b$", "{$a\\%b$}", "$a\\%b$" },
	/* A $ that does not open math is escaped. */
	{ "$x", "\\$x", NULL },
	{ "costs $5 and $10", "costs \\$5 and \\$10", NULL },
	{ "$ x$", "\\$ x\\$", NULL },
	{ "${x$", "\\${\\textbraceleft}x\\$", NULL },
	{ "$$", "\\$\\$", NULL },
	/* pandoc reads \\} as \ and \}: such TeX is not kept. */
	{ "$\\\\}$", "\\${\\textbackslash}{\\textbraceright}\\$", NULL },
	{ "\\textit{a\\\\}", "{\\textit}{\\textbraceleft}a"
	    "{\\textbackslash}{\\textbraceright}", NULL },
	/* A combining mark after a brace stays apart from it. */
	{ "{a}\xCC\x81", "{a}\xCC\x81", NULL },
};

START_TEST(test_bibtex_escape)
{
	const char	*want_abs;
	char		*t, *a;

	t = title_of(escapes[_i].in, false);
	ck_assert_str_eq(t, escapes[_i].title);
	want_abs = escapes[_i].abstract != NULL ? escapes[_i].abstract :
	    escapes[_i].title;
	a = abstract_of(escapes[_i].in, false);
	ck_assert_str_eq(a, want_abs);
	free(t);
	free(a);
}
END_TEST

/* Strings that must never unbalance an entry, in any field. */
static const char *const hostile[] = {
	"{", "}", "}{", "{{{", "}}}", "{a}}", "{{a}", "\\", "\\{", "\\}",
	"$", "$$", "${$", "$}$", "$\\{$", "\\textit{", "\\textit{a\\}",
	"\\textit{a}}", "\\'{", "\\\"", "\\c", "{\\em", "a % b", "#&_~^",
	"$a$ {b} $c", "{$}$", "\\{a}", "{a\\}", "x$y{z}$w}",
	"\xC3\xBC{\xE5\xB1\xB1}", "Le Bronnec Florian", "and", "others",
	"A, B, C, D", "{LLM-jp}", "}, and {", "$a\\\\}$", "{\\\\}",
	"\\textit{\\\\}", "{`}\xCC\x81", "-", ", -", "a, b, -", NULL
};

/* Every hostile string in every text field, in both modes. */
START_TEST(test_bibtex_balanced)
{
	struct arena	 a;
	struct record	 r;
	const char	*names[3];
	char		*out;
	int		 ascii;

	arena_init(&a);
	for (ascii = 0; ascii < 2; ascii++) {
		record_init(&r);
		r.key = "k";
		r.title = hostile[_i];
		r.abstract = hostile[_i];
		r.venue = hostile[_i];
		r.volume = hostile[_i];
		r.pages = hostile[_i];
		r.area = hostile[_i];
		r.doi = hostile[_i];
		r.url = hostile[_i];
		r.arxiv = hostile[_i];
		r.date = "2024-05";
		names[0] = hostile[_i];
		names[1] = "Rio Yokota";
		names[2] = NULL;
		strlist_set(&a, &r.authors, names);
		out = write_bib(&r, 1, ascii, NULL);
		check_balanced(out, hostile[_i]);
		if (ascii)
			check_ascii(out);
		free(out);
	}
	arena_release(&a);
}
END_TEST

/* Whole words with capitals inside are braced, nothing else. */
START_TEST(test_bibtex_protect)
{
	static const struct {
		const char	*in;
		const char	*want;
	} cases[] = {
		{ "LLM FP8 ViT LLM-jp JPlag RLVR",
		    "{LLM} {FP8} {ViT} {LLM-jp} {JPlag} {RLVR}" },
		{ "4D O(N) GPT-4 BF16 LLMs DNNs",
		    "{4D} {O(N)} {GPT-4} {BF16} {LLMs} {DNNs}" },
		{ "N-body I/O Aurora-M: RL-Trained",
		    "{N-body} {I/O} {Aurora-M}: {RL-Trained}" },
		{ "(ViT), SegRCDB: [LoRA]. \"PyTorch\"",
		    "({ViT}), {SegRCDB}: [{LoRA}]. \"{PyTorch}\"" },
		{ "Training Pre-Training Multi-Sample Shape/Texture",
		    "Training Pre-Training Multi-Sample Shape/Texture" },
		{ "A Tuned Method pass@k Takeuchi's 35 x14.2",
		    "A Tuned Method pass@k Takeuchi's 35 x14.2" },
		{ "R&D PetRBF--A", "{R\\&D} {PetRBF--A}" },
		{ "\xC3\x89" "COLE \xC3\x89" "lodie",
		    "{\xC3\x89" "COLE} \xC3\x89" "lodie" },
		{ "\xE5\x88\x86\xE6\x95\xA3: A Case Study",
		    "\xE5\x88\x86\xE6\x95\xA3: A Case Study" },
		/* Never the whole title. */
		{ "LLM", "{LLM}" },
		{ "Deep Learning for Everyone", "Deep Learning for Everyone" },
	};
	size_t	 i;
	char	*t;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		t = title_of(cases[i].in, false);
		ck_assert_str_eq(t, cases[i].want);
		free(t);
	}
	/* Protection in ASCII: braces around the accent commands. */
	t = title_of("\xC3\x89" "COLE \xC3\x89" "lodie", true);
	ck_assert_str_eq(t, "{{\\'E}COLE} {\\'E}lodie");
	free(t);
}
END_TEST

/* The venue is protected like a title. */
START_TEST(test_bibtex_protect_venue)
{
	struct record	 r;
	const char	*names[] = { "Rio Yokota", NULL };
	struct arena	 a;
	char		*v;

	arena_init(&a);
	record_init(&r);
	r.key = "k";
	r.title = "T";
	r.date = "2023";
	strlist_set(&a, &r.authors, names);
	r.venue = "Proceedings of the IEEE/CVF Conference on CVPR";
	v = one_field(&r, false, "booktitle");
	ck_assert_str_eq(v, "Proceedings of the {IEEE/CVF} Conference on "
	    "{CVPR}");
	free(v);
	arena_release(&a);
}
END_TEST

START_TEST(test_bibtex_names)
{
	static const struct {
		const char	*names[4];
		const char	*want;
	} cases[] = {
		{ { "Rio Yokota", "Lorena A. Barba", NULL },
		    "Yokota, Rio and Barba, Lorena A." },
		{ { "LLM-jp", NULL }, "{LLM-jp}" },
		{ { "LLM-jp", "Akiko Aizawa", NULL },
		    "{LLM-jp} and Aizawa, Akiko" },
		{ { "Le Bronnec Florian", NULL }, "Le Bronnec, Florian" },
		{ { "Olivier de la Fontaine", NULL },
		    "de la Fontaine, Olivier" },
		{ { "Johannes van der Waals", NULL },
		    "van der Waals, Johannes" },
		{ { "\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90", NULL },
		    "\xE5\xB1\xB1\xE7\x94\xB0, \xE8\x8A\xB1\xE5\xAD\x90" },
		{ { "Martin Luther King Jr.", NULL },
		    "King, Jr., Martin Luther" },
		{ { "King, Jr., Martin Luther", NULL },
		    "King, Jr., Martin Luther" },
		{ { "Knuth, Donald E.", NULL }, "Knuth, Donald E." },
		{ { "A, B, C, D", NULL }, "{A, B, C, D}" },
		{ { "Tom and Jerry Smith", NULL }, "Smith, Tom {and} Jerry" },
		{ { "others", NULL }, "{others}" },
		{ { "AT&T", "   ", "Rub\xC3\xA8n Tito", NULL },
		    "{AT\\&T} and Tito, Rub\xC3\xA8n" },
		{ { "Yokota,", NULL }, "{Yokota}" },
		/* Parts BibTeX would see as empty. */
		{ { "-", NULL }, "{-}" },
		{ { "Jo -", NULL }, "{Jo -}" },
		{ { "Knuth, -", NULL }, "{Knuth}" },
		{ { "King, Jr., -", NULL }, "{King, Jr., -}" },
		{ { "-, Jo", NULL }, "{-, Jo}" },
		{ { "and, \xE2\x80\x94", NULL }, "{{and}}" },
	};
	size_t	 i;
	char	*v;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		v = authors_of(cases[i].names, false, false);
		ck_assert_ptr_nonnull(v);
		ck_assert_str_eq(v, cases[i].want);
		free(v);
	}
}
END_TEST

START_TEST(test_bibtex_et_al)
{
	static const char *const two[] = { "Rio Yokota", "Huda Ibeid", NULL };
	static const char *const none[] = { NULL };
	char	*v;

	v = authors_of(two, true, false);
	ck_assert_str_eq(v, "Yokota, Rio and Ibeid, Huda and others");
	free(v);
	/* "and others" alone would be an author named "others". */
	v = authors_of(none, true, false);
	ck_assert_ptr_null(v);
}
END_TEST

/* Names in ASCII. */
START_TEST(test_bibtex_names_ascii)
{
	static const char *const names[] = {
		"Rub\xC3\xA8n Tito", "Jonas \xC3\x98ster",
		"\xC5\x81ukasz Kaiser", "J\xC3\xB6rg M\xC3\xBCller", NULL
	};
	char	*v;

	v = authors_of(names, false, true);
	ck_assert_str_eq(v, "Tito, Rub{\\`e}n and {\\O}ster, Jonas and "
	    "Kaiser, {\\L}ukasz and M{\\\"u}ller, J{\\\"o}rg");
	free(v);
}
END_TEST

/* Every field, in the documented order. */
START_TEST(test_bibtex_exact)
{
	static const char *const authors[] = {
		"Rio Yokota", "Lorena A. Barba", NULL
	};
	struct arena	 a;
	struct record	 r;
	char		*out;

	arena_init(&a);
	record_init(&r);
	r.key = "yokota2011tuned";
	r.title = "A Tuned and Scalable FMM";
	strlist_set(&a, &r.authors, authors);
	r.et_al = true;
	r.area = "NA";
	r.date = "2011-10-16";
	r.code = true;
	r.score = "21.4";
	r.abstract = "Among the algorithms, 78% efficiency.";
	r.arxiv = "1110.2921v2";
	r.doi = "10.1177/1094342011429952";
	r.venue = "Int. J. High Perform. Comput. Appl.";
	r.url = "https://example.org/a_b%20c";
	r.pages = "1-12";
	r.volume = "26";
	out = write_bib(&r, 1, false, NULL);
	ck_assert_str_eq(out,
	    "@article{yokota2011tuned,\n"
	    "  author = {Yokota, Rio and Barba, Lorena A. and others},\n"
	    "  title = {A Tuned and Scalable {FMM}},\n"
	    "  journal = {Int. J. High Perform. Comput. Appl.},\n"
	    "  volume = {26},\n"
	    "  pages = {1-12},\n"
	    "  year = {2011},\n"
	    "  month = oct,\n"
	    "  eprint = {1110.2921},\n"
	    "  archiveprefix = {arXiv},\n"
	    "  primaryclass = {cs.NA},\n"
	    "  doi = {10.1177/1094342011429952},\n"
	    "  url = {https://example.org/a_b%20c},\n"
	    "  keywords = {NA},\n"
	    "  note = {Code available},\n"
	    "  abstract = {Among the algorithms, 78\\% efficiency.},\n"
	    "}\n");
	free(out);
	arena_release(&a);
}
END_TEST

/* Page ranges get BibTeX's "--" whatever dash they were written with. */
START_TEST(test_bibtex_pages)
{
	static const struct {
		const char	*in;
		const char	*want;
	} cases[] = {
		{ "1-12", "1-12" },
		{ "1--12", "1--12" },
		{ "1\xE2\x80\x93" "12", "1--12" },
		{ "1\xE2\x80\x94" "12, 15\xE2\x88\x92" "17", "1--12, 15--17" },
		{ "e1234", "e1234" },
	};
	struct record	 r;
	size_t		 i;
	int		 ascii;
	char		*v;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (ascii = 0; ascii < 2; ascii++) {
			record_init(&r);
			r.key = "k";
			r.pages = cases[i].in;
			v = one_field(&r, ascii, "pages");
			ck_assert_str_eq(v, cases[i].want);
			free(v);
		}
	}
}
END_TEST

/* A preprint with its arXiv id: @misc with the arXiv triple. */
START_TEST(test_bibtex_arxiv)
{
	static const char *const authors[] = { "Rio Yokota", NULL };
	struct arena	 a;
	struct record	 r;
	char		*out;

	arena_init(&a);
	record_init(&r);
	r.key = "k";
	r.title = "T";
	strlist_set(&a, &r.authors, authors);
	r.area = "CL";
	r.date = "2025-05-27";
	r.arxiv = "2505.12345v3";
	out = write_bib(&r, 1, false, NULL);
	ck_assert_str_eq(out,
	    "@misc{k,\n"
	    "  author = {Yokota, Rio},\n"
	    "  title = {T},\n"
	    "  year = {2025},\n"
	    "  month = may,\n"
	    "  eprint = {2505.12345},\n"
	    "  archiveprefix = {arXiv},\n"
	    "  primaryclass = {cs.CL},\n"
	    "  doi = {10.48550/arXiv.2505.12345},\n"
	    "  url = {https://arxiv.org/abs/2505.12345},\n"
	    "  keywords = {CL},\n"
	    "}\n");
	free(out);
	/* A full category is kept; an unknown code gives no class. */
	r.area = "stat.ML";
	out = one_field(&r, false, "primaryclass");
	ck_assert_str_eq(out, "stat.ML");
	free(out);
	r.area = "ZZ";
	ck_assert_ptr_null(one_field(&r, false, "primaryclass"));
	r.area = NULL;
	ck_assert_ptr_null(one_field(&r, false, "primaryclass"));
	/* Old-style ids. */
	r.arxiv = "hep-th/9901001v1";
	out = one_field(&r, false, "eprint");
	ck_assert_str_eq(out, "hep-th/9901001");
	free(out);
	arena_release(&a);
}
END_TEST

/* The entry type by venue, and @misc when a required field is missing. */
START_TEST(test_bibtex_types)
{
	static const struct {
		const char	*venue;
		const char	*head;
		const char	*field;
	} cases[] = {
		{ NULL, "@misc{", NULL },
		{ "J. Mach. Learn. Res.", "@article{", "journal" },
		{ "Nature", "@article{", "journal" },
		{ "IEEE Trans. Parallel Distrib. Syst.", "@article{",
		    "journal" },
		{ "Proceedings of the IEEE", "@article{", "journal" },
		{ "Proc. VLDB Endow.", "@article{", "journal" },
		{ "NeurIPS", "@inproceedings{", "booktitle" },
		{ "CVPR 2023", "@inproceedings{", "booktitle" },
		{ "SC23", "@inproceedings{", "booktitle" },
		{ "Proceedings of the IEEE/CVF Conference on Computer Vision",
		    "@inproceedings{", "booktitle" },
		{ "Workshop on Efficient Systems", "@inproceedings{",
		    "booktitle" },
		{ "Proceedings of HPC Asia", "@inproceedings{", "booktitle" },
		{ "Euro-Par 2024", "@inproceedings{", "booktitle" },
		{ "CoRR", "@misc{", "howpublished" },
		{ "arXiv preprint", "@misc{", "howpublished" },
		{ "Science", "@article{", "journal" },
	};
	static const char *const authors[] = { "Rio Yokota", NULL };
	struct arena	 a;
	struct record	 r;
	size_t		 i;
	char		*out, *v;

	arena_init(&a);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		record_init(&r);
		r.key = "k";
		r.title = "T";
		r.date = "2020";
		strlist_set(&a, &r.authors, authors);
		r.venue = cases[i].venue;
		out = write_bib(&r, 1, false, NULL);
		ck_assert_msg(strncmp(out, cases[i].head,
		    strlen(cases[i].head)) == 0, "%s: %s", cases[i].venue,
		    out);
		if (cases[i].field != NULL) {
			v = field(out, cases[i].field);
			ck_assert_ptr_nonnull(v);
			free(v);
		}
		free(out);
	}
	/* Without a year, an author or a title: @misc, howpublished. */
	record_init(&r);
	r.key = "k";
	r.title = "T";
	r.venue = "J. Mach. Learn. Res.";
	strlist_set(&a, &r.authors, authors);
	out = write_bib(&r, 1, false, NULL);
	ck_assert_str_eq(out, "@misc{k,\n  author = {Yokota, Rio},\n"
	    "  title = {T},\n  howpublished = {J. Mach. Learn. Res.},\n}\n");
	free(out);
	r.date = "2020";
	r.authors.n = 0;
	out = write_bib(&r, 1, false, NULL);
	ck_assert(strncmp(out, "@misc{", 6) == 0);
	free(out);
	arena_release(&a);
}
END_TEST

/* Absent fields are left out; no author means a key field to sort by. */
START_TEST(test_bibtex_missing)
{
	struct record	 r;
	char		*out, *msgs;

	record_init(&r);
	r.key = "anon2020";
	out = write_bib(&r, 1, false, &msgs);
	ck_assert_str_eq(out, "@misc{anon2020,\n  key = {anon2020},\n}\n");
	ck_assert_str_eq(msgs, "");
	free(out);
	free(msgs);
	/* Year only: no month. */
	r.title = "T";
	r.date = "2019";
	out = write_bib(&r, 1, false, NULL);
	ck_assert_str_eq(out, "@misc{anon2020,\n  key = {anon2020},\n"
	    "  title = {T},\n  year = {2019},\n}\n");
	free(out);
	/* A key with characters a key field would need escaped. */
	r.key = "a_b";
	out = one_field(&r, false, "key");
	ck_assert_str_eq(out, "a\\_b");
	free(out);
	/* Blank strings are absent too. */
	r.key = "k";
	r.abstract = "  ";
	r.area = "";
	r.venue = " ";
	out = write_bib(&r, 1, false, NULL);
	ck_assert_str_eq(out, "@misc{k,\n  key = {k},\n  title = {T},\n"
	    "  year = {2019},\n}\n");
	free(out);
}
END_TEST

/* A missing or unusable key is replaced, with a warning. */
START_TEST(test_bibtex_key)
{
	static const char *const authors[] = { "Rio Yokota", NULL };
	struct arena	 a;
	struct record	 r;
	char		*out, *msgs;

	arena_init(&a);
	record_init(&r);
	r.title = "Fast Multipole Methods";
	r.date = "2016-02";
	strlist_set(&a, &r.authors, authors);
	out = write_bib(&r, 1, false, &msgs);
	ck_assert(strncmp(out, "@misc{yokota2016fast,\n", 22) == 0);
	ck_assert_str_eq(msgs, "pubtool: warning: record has no key; "
	    "written as 'yokota2016fast'\n");
	free(out);
	free(msgs);
	r.key = "a b,{c}\xC3\xA9";
	out = write_bib(&r, 1, false, &msgs);
	ck_assert(strncmp(out, "@misc{a-b--c--,\n", 16) == 0);
	ck_assert_ptr_nonnull(strstr(msgs, "written as 'a-b--c--'"));
	free(out);
	free(msgs);
	arena_release(&a);
}
END_TEST

/* Entries are separated by one blank line, with none at the end. */
START_TEST(test_bibtex_several)
{
	struct record	 r[2];
	char		*out;

	record_init(&r[0]);
	r[0].key = "a";
	record_init(&r[1]);
	r[1].key = "b";
	out = write_bib(r, 2, false, NULL);
	ck_assert_str_eq(out, "@misc{a,\n  key = {a},\n}\n\n"
	    "@misc{b,\n  key = {b},\n}\n");
	free(out);
}
END_TEST

/* UTF-8 goes out as it is by default. */
START_TEST(test_bibtex_utf8)
{
	char	*v;

	v = abstract_of("M\xC3\xBCller \xE2\x80\x94 \xE5\x88\x86 "
	    "$\xCF\x84$", false);
	ck_assert_str_eq(v, "M\xC3\xBCller \xE2\x80\x94 \xE5\x88\x86 "
	    "$\xCF\x84$");
	free(v);
}
END_TEST

/* --ascii: accents, symbols, dashes and quotes. */
START_TEST(test_bibtex_ascii)
{
	static const struct {
		const char	*in;
		const char	*want;
	} cases[] = {
		{ "M\xC3\xBCller \xC3\x87" "elik Stra\xC3\x9F" "e",
		    "M{\\\"u}ller {\\c C}elik Stra{\\ss}e" },
		{ "\xC3\x98ster \xC3\xB8 \xC5\x81ukasz \xC5\x82",
		    "{\\O}ster {\\o} {\\L}ukasz {\\l}" },
		{ "\xC3\x85ngstr\xC3\xB6m \xC3\xA5",
		    "{\\AA}ngstr{\\\"o}m {\\aa}" },
		{ "Garc\xC3\xAD" "a Jos\xC3\xA9 \xC3\xA8",
		    "Garc{\\'i}a Jos{\\'e} {\\`e}" },
		{ "Dvo\xC5\x99\xC3\xA1k Erd\xC5\x91s \xC5\x9E",
		    "Dvo{\\v r}{\\'a}k Erd{\\H o}s {\\c S}" },
		{ "\xC3\xA6 \xC5\x93 \xC4\xB1 \xC3\xB1",
		    "{\\ae} {\\oe} {\\i} {\\~n}" },
		/* Two marks nest; a mark on a letter command; a lone one. */
		{ "\xE1\xBB\x87 \xC7\xBE q\xCC\x87",
		    "{\\^{\\d e}} {\\'\\O} {\\.q}" },
		{ "a\xE2\x80\x93" "b \xE2\x80\x94 \xE2\x80\x9Cq\xE2\x80\x9D "
		    "\xE2\x80\x98s\xE2\x80\x99 x\xC2\xA0y \xE2\x80\xA6",
		    "a--b --- ``q'' `s' x~y {\\ldots}" },
		{ "\xCE\xB1-test 5 \xC3\x97 3 \xE2\x82\xAC" "5",
		    "{$\\alpha$}-test 5 {$\\times$} 3 {\\texteuro}5" },
		/* Compatibility forms: the ligature, full-width letters. */
		{ "\xEF\xAC\x81ne \xEF\xBC\xA1\xEF\xBC\x86",
		    "fine A\\&" },
		/* Non-ASCII inside math and commands. */
		{ "$\xCF\x84$-bench $\xCE\xBC$P \\textit{caf\xC3\xA9}",
		    "${\\tau}$-bench ${\\mu}$P {\\textit{caf{\\'e}}}" },
		{ "$\xC3\xA9$", "$\\mbox{\\'e}$" },
		{ "$a\xEF\xBC\x85$", "$a\\%$" },
		/* A backslash before a character beyond ASCII is no TeX. */
		{ "$\\\xCF\x84$", "\\${\\textbackslash}{$\\tau$}\\$" },
		{ "$\\alpha\xEF\xAC\x81$", "$\\alpha{}fi$" },
		/* pandoc would read \\{ as \ and an escaped brace. */
		{ "$a\\\\\xC3\x9F$", "\\$a{\\textbackslash}"
		    "{\\textbackslash}{\\ss}\\$" },
		{ "{a}\xCC\x81", "{a}{\\'{}}" },
	};
	size_t	 i;
	char	*v;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		v = abstract_of(cases[i].in, true);
		ck_assert_str_eq(v, cases[i].want);
		free(v);
	}
}
END_TEST

/*
 * --ascii: a character with no TeX form is written {\char"XXXX}, and one
 * warning per record names the key.
 */
START_TEST(test_bibtex_ascii_fallback)
{
	static const char *const authors[] = {
		"\xE5\xB1\xB1\xE7\x94\xB0 \xE8\x8A\xB1\xE5\xAD\x90", NULL
	};
	struct arena	 a;
	struct record	 r[2];
	char		*out, *msgs, *v;

	arena_init(&a);
	record_init(&r[0]);
	r[0].key = "anon2023case";
	r[0].title = "\xE5\x88\x86\xE6\x95\xA3: A Case Study";
	r[0].abstract = "\xE9\x80\x9A\xE4\xBF\xA1.";
	strlist_set(&a, &r[0].authors, authors);
	record_init(&r[1]);
	r[1].key = "plain";
	r[1].title = "Plain";
	out = write_bib(r, 2, true, &msgs);
	check_ascii(out);
	check_balanced(out, "fallback");
	v = field(out, "title");
	ck_assert_str_eq(v, "{\\char\"5206}{\\char\"6563}: A Case Study");
	free(v);
	v = field(out, "author");
	ck_assert_str_eq(v, "{\\char\"5C71}{\\char\"7530}, "
	    "{\\char\"82B1}{\\char\"5B50}");
	free(v);
	ck_assert_str_eq(msgs, "pubtool: warning: record 'anon2023case': "
	    "8 characters without a LaTeX form (U+5C71 first) written as "
	    "{\\char\"XXXX}\n");
	free(out);
	free(msgs);
	/* Beyond the BMP: five hex digits. */
	v = abstract_of("\xF0\x9F\x98\x80", true);
	ck_assert_str_eq(v, "{\\char\"1F600}");
	free(v);
	arena_release(&a);
}
END_TEST

/* The symbol table is sorted, and a reader finds one entry per spelling. */
START_TEST(test_latex_tables)
{
	const struct latex_sym	*s, *t;
	int32_t			 cp, prev = -1;

	for (cp = 0; cp < 0x30000; cp++) {
		if ((s = latex_sym_by_cp(cp)) == NULL)
			continue;
		ck_assert_int_eq(s->cp, cp);
		ck_assert_int_gt(cp, prev);
		prev = cp;
		if (s->write_only)
			continue;
		t = latex_sym_by_tex(s->tex, strlen(s->tex), s->mode);
		ck_assert_ptr_eq(t, s);
	}
	s = latex_sym_by_tex("\\ss", 3, LATEX_SYM_TEXT);
	ck_assert_ptr_nonnull(s);
	ck_assert_int_eq(s->cp, 0xDF);
	s = latex_sym_by_tex("--", 2, LATEX_SYM_TEXT);
	ck_assert_int_eq(s->cp, 0x2013);
	ck_assert_ptr_null(latex_sym_by_tex("'", 1, LATEX_SYM_TEXT));
	ck_assert_ptr_null(latex_sym_by_tex("\\alpha", 6, LATEX_SYM_TEXT));
	ck_assert_int_eq(latex_sym_by_tex("\\alpha", 6,
	    LATEX_SYM_MATH)->cp, 0x3B1);
	ck_assert_int_eq(latex_accent_cmd(0x308), '"');
	ck_assert_int_eq(latex_accent_mark('"'), 0x308);
	ck_assert_int_eq(latex_accent_mark('c'), 0x327);
	ck_assert_int_eq(latex_accent_cmd(0x41), '\0');
	ck_assert_int_eq(latex_accent_mark('z'), -1);
}
END_TEST

/* The scanner's tokens. */
START_TEST(test_latex_scan)
{
	static const enum latex_tok want[] = {
		LATEX_TOK_OPEN, LATEX_TOK_CHAR, LATEX_TOK_CLOSE,
		LATEX_TOK_SPACE, LATEX_TOK_MATH, LATEX_TOK_SPACE,
		LATEX_TOK_COMMAND, LATEX_TOK_ESCAPE, LATEX_TOK_CHAR,
		LATEX_TOK_CHAR, LATEX_TOK_CHAR, LATEX_TOK_END
	};
	static const char *const text[] = {
		"{", "a", "}", " ", "$x$", " ", "\\\"o", "\\&", "}",
		"e\xCC\x81", "$", ""
	};
	const char		*s = "{a} $x$ \\\"o\\&}e\xCC\x81$";
	struct latex_scan	 sc;
	const char		*tok;
	size_t			 i, n;

	latex_scan_init(&sc, s, strlen(s));
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		ck_assert_int_eq(latex_scan_next(&sc, &tok, &n), want[i]);
		ck_assert_uint_eq(n, strlen(text[i]));
		ck_assert(strncmp(tok, text[i], n) == 0);
	}
	latex_scan_release(&sc);
}
END_TEST

/* A huge field of unmatched braces and dollars is written in linear time. */
/*
 * Builds "aa...a" (k of them), s, "bb...b" (n - k of them) in out, and in
 * want the same with s replaced by what conv() makes of s alone.
 */
static void
runs_case(struct buf *in, struct buf *want, const char *s, size_t k,
    size_t n, void (*conv)(struct buf *, const char *, size_t, int),
    int flags)
{
	size_t	 i;

	buf_reset(in);
	buf_reset(want);
	for (i = 0; i < k; i++)
		buf_addc(in, 'a');
	buf_add(want, in->data, in->len);
	buf_addstr(in, s);
	conv(want, s, strlen(s), flags);
	for (i = k; i < n; i++) {
		buf_addc(in, 'b');
		buf_addc(want, 'b');
	}
}

static void
put_text(struct buf *out, const char *s, size_t len, int flags)
{
	latex_put_text(out, s, len, flags, NULL);
}

static void
decode(struct buf *out, const char *s, size_t len, int flags)
{
	latex_decode(out, s, len, flags);
}

/*
 * The loops that take text sixteen or eight bytes at a time find what
 * they stop at at any offset: the text around it is copied, and it is
 * written (or read) as it would be alone.
 */
START_TEST(test_latex_runs)
{
	static const char *const put[] = {
		"#", "$", "%", "&", "\\", "^", "_", "{", "}", "~", "]", "|",
		"\x7F", "\xC3\xA9", "e\xCC\x81", "\\&", "\\{"
	};
	static const char *const dec[] = {
		"-", "--", "---", "~", "$", "|", "\\\"o", "\\ss{}", "\xC3\xA9",
		"\x7F", "\\&", "{", "}"
	};
	struct buf	 in, want, got;
	size_t		 i, k, n = 40;

	buf_init(&in);
	buf_init(&want);
	buf_init(&got);
	for (i = 0; i < sizeof(put) / sizeof(put[0]); i++)
		for (k = 0; k <= n; k++) {
			runs_case(&in, &want, put[i], k, n, put_text, 0);
			buf_reset(&got);
			put_text(&got, in.data, in.len, 0);
			ck_assert_str_eq(buf_str(&got), buf_str(&want));
			runs_case(&in, &want, put[i], k, n, put_text,
			    LATEX_ASCII);
			buf_reset(&got);
			put_text(&got, in.data, in.len, LATEX_ASCII);
			ck_assert_str_eq(buf_str(&got), buf_str(&want));
		}
	for (i = 0; i < sizeof(dec) / sizeof(dec[0]); i++)
		for (k = 0; k <= n; k++) {
			runs_case(&in, &want, dec[i], k, n, decode, 0);
			buf_reset(&got);
			decode(&got, in.data, in.len, 0);
			ck_assert_str_eq(buf_str(&got), buf_str(&want));
		}
	buf_release(&in);
	buf_release(&want);
	buf_release(&got);
}
END_TEST

START_TEST(test_latex_pathological)
{
	size_t	 n = 200000, i;
	char	*s, *v;

	s = malloc(n + 1);
	ck_assert_ptr_nonnull(s);
	for (i = 0; i < n; i++)
		s[i] = "{$\\a{"[i % 5];
	s[n] = '\0';
	v = abstract_of(s, false);
	check_balanced(v, "pathological");
	free(v);
	free(s);
}
END_TEST

Suite *
bibtex_write_suite(void)
{
	Suite	*s = suite_create("bibtex_write");
	TCase	*text = tcase_create("text");
	TCase	*names = tcase_create("names");
	TCase	*entry = tcase_create("entry");
	TCase	*ascii = tcase_create("ascii");
	TCase	*latex = tcase_create("latex");

	tcase_add_loop_test(text, test_bibtex_escape, 0,
	    (int)(sizeof(escapes) / sizeof(escapes[0])));
	tcase_add_loop_test(text, test_bibtex_balanced, 0,
	    (int)(sizeof(hostile) / sizeof(hostile[0]) - 1));
	tcase_add_test(text, test_bibtex_protect);
	tcase_add_test(text, test_bibtex_protect_venue);
	tcase_add_test(text, test_bibtex_utf8);
	suite_add_tcase(s, text);
	tcase_add_test(names, test_bibtex_names);
	tcase_add_test(names, test_bibtex_et_al);
	tcase_add_test(names, test_bibtex_names_ascii);
	suite_add_tcase(s, names);
	tcase_add_test(entry, test_bibtex_exact);
	tcase_add_test(entry, test_bibtex_pages);
	tcase_add_test(entry, test_bibtex_arxiv);
	tcase_add_test(entry, test_bibtex_types);
	tcase_add_test(entry, test_bibtex_missing);
	tcase_add_test(entry, test_bibtex_key);
	tcase_add_test(entry, test_bibtex_several);
	suite_add_tcase(s, entry);
	tcase_add_test(ascii, test_bibtex_ascii);
	tcase_add_test(ascii, test_bibtex_ascii_fallback);
	suite_add_tcase(s, ascii);
	tcase_add_test(latex, test_latex_tables);
	tcase_add_test(latex, test_latex_scan);
	tcase_add_test(latex, test_latex_pathological);
	tcase_add_test(latex, test_latex_runs);
	suite_add_tcase(s, latex);
	return s;
}
