#ifndef ESCAPE_H
#define ESCAPE_H

struct buf;

/* How escape_url() treats the text it is given. */
enum escape_url_kind {
	ESCAPE_URL_ID,		/* a name put into a URL: a DOI, an arXiv id */
	ESCAPE_URL_WHOLE	/* a URL as stored: its %, ? and # are kept */
};

/*
 * Appends s as Markdown text that renders literally in CommonMark, GitHub
 * and pandoc's Markdown: a backslash goes before every character that
 * could start markup (\ ` * _ { } [ ] < > # ~ ^ $ @ & |), before a colon
 * that could open a :shortcode: emoji, and, at the start of s, before a
 * list or heading marker (+ - = or the "." or ")" after leading digits).
 * Tabs and line feeds become spaces, so s stays on its line.
 */
void	 escape_markdown(struct buf *, const char *s);
/*
 * Appends s as HTML text or attribute value: & < > " ' as character
 * references, and the code points HTML does not allow in a document (C1
 * controls, noncharacters) as U+FFFD.
 */
void	 escape_html(struct buf *, const char *s);
/*
 * Appends s percent-encoded for a link: ASCII letters, digits and
 * - . _ ~ ! $ & ' * + , / : ; = @ are kept (and % ? # for a whole URL);
 * every other byte, spaces, parentheses, brackets and UTF-8 included,
 * becomes %XX, so the result needs no further quoting in Markdown.
 */
void	 escape_url(struct buf *, const char *s, enum escape_url_kind);

#endif /* ESCAPE_H */
