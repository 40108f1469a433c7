/*
 * The safe XML layer over libxml2 2.9 (see xml.h).  This is the only file
 * that includes libxml2's headers (STYLE 5).
 *
 * Hardening, as measured in the project's reliability notes (section 2):
 *  - Options are XML_PARSE_NONET and never NOENT, DTDLOAD, DTDATTR,
 *    DTDVALID, XINCLUDE or HUGE, except that a DBLP dump read from a file
 *    that has dblp.dtd next to it gets DTDLOAD|NOENT.  Without HUGE,
 *    libxml2 2.9.14 bounds entity amplification (its only defence: there
 *    is no xmlCtxtSetMaxAmplification before 2.12) and nesting (256).
 *  - The input comes through xmlReaderForIO() and our read callback over
 *    struct stream, so standard input works, nothing is opened by name and
 *    nothing is decompressed behind our back.
 *  - A process-wide external entity loader refuses everything but the one
 *    dblp.dtd the parse in progress was allowed; it opens that file
 *    itself, by the path computed here, never by the URL libxml2 built.
 *  - A document declaring an external entity in its internal subset is
 *    refused when its root element is reached; internal entities are
 *    expanded by xml_text() itself, with limits on nesting and length, so
 *    that xmlNodeGetContent()'s unbounded expansion is never used.
 *  - Errors reach on_error(), which stops the tree at the first, so
 *    that a record can be told complete or cut short.  What was built
 *    before is still handed out, and the error is reported as
 *    FILE:LINE:COL through diag() when the reader gets to it.
 *
 * libxml2 is not linked into pubtool: it is loaded with dlopen() when XML
 * is first read (xml_load()), so that the commands and formats that read
 * no XML do not pay, on every start, for the dynamic loader mapping and
 * relocating it and what it needs (ICU, libstdc++, zlib, liblzma).  Its
 * functions are called through the table lx.
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "format.h"
#include "stream.h"
#include "text.h"
#include "xalloc.h"
#include "xml.h"

/* How much of the input is looked at for a DOCTYPE before parsing. */
#define XML_HEAD	(64 * 1024)
/* How deeply xml_text() follows entities that refer to entities. */
#define XML_ENTITY_DEPTH	8
/* How many levels of open elements are remembered at a failure. */
#define XML_OPEN_DEPTH	4
/* The libxml2 that xml_load() opens, by the soname it is linked by. */
#define XML_SONAME	"libxml2.so.2"

/*
 * What pubtool uses of libxml2: its functions and the one variable
 * (xmlParserMaxDepth), each resolved by name with dlsym().
 */
#define XML_SYMBOLS(X)						\
	X(xmlCleanupParser)					\
	X(xmlDocGetRootElement)					\
	X(xmlFreeParserInputBuffer)				\
	X(xmlFreeTextReader)					\
	X(xmlGetLineNo)						\
	X(xmlInitParser)					\
	X(xmlNewIOInputStream)					\
	X(xmlParserInputBufferCreateFd)				\
	X(xmlParserMaxDepth)					\
	X(xmlReaderForIO)					\
	X(xmlSetExternalEntityLoader)				\
	X(xmlSetGenericErrorFunc)				\
	X(xmlSetStructuredErrorFunc)				\
	X(xmlStrdup)						\
	X(xmlTextReaderCurrentNode)				\
	X(xmlTextReaderDepth)					\
	X(xmlTextReaderExpand)					\
	X(xmlTextReaderGetParserColumnNumber)			\
	X(xmlTextReaderGetParserLineNumber)			\
	X(xmlTextReaderNext)					\
	X(xmlTextReaderNodeType)				\
	X(xmlTextReaderRead)					\
	X(xmlTextReaderSetStructuredErrorHandler)

/*
 * libxml2 once loaded: the handle, and a pointer to each symbol, named as
 * libxml2 names it.  Each pointer's type is taken from libxml2's own
 * declaration with __typeof__ (a GNU C extension that gcc and clang share,
 * standard as typeof in C23: C11 has no way to name the type of a
 * declaration), so that the compiler checks every call against libxml2's
 * headers as if it were linked.  Taking the type refers to nothing at
 * link time.
 */
struct xml_lib {
	void	*handle;	/* NULL until xml_load() */
#define XML_MEMBER(sym)	__typeof__(sym)	*sym;
	XML_SYMBOLS(XML_MEMBER)
#undef XML_MEMBER
};

/*
 * One input being read.  On a failure, the elements open at that moment
 * are noted (note_cut()): nopen of them from the root down (only the top
 * XML_OPEN_DEPTH, deeper telling whether there were more), or none when
 * !cut_known.  The message waits in pending until the reader gets there,
 * since libxml2 reads ahead and the records before the failure come
 * first.
 */
struct xml {
	xmlTextReaderPtr	 reader;
	struct stream		*in;
	size_t			 max_text;	/* the field limit */
	const char		*file;	/* stream_name(in) */
	char			*head;	/* the prolog, for lines */
	size_t			 headlen;
	char			*dtd;	/* the dblp.dtd allowed */
	bool			 dtd_used;
	xmlParserCtxtPtr	 mainc;	/* the input's parser */
	char			*hint;	/* on undefined entities */
	bool			 eof;	/* io_read() saw the end */
	bool			 blank;	/* and only white space */
	bool			 io_error;
	bool			 failed;	/* the input is over */
	bool			 has_pending;
	struct srcpos		 pending_pos;
	struct buf		 pending;
	bool			 root_seen;
	bool			 walking;	/* walk() took over */
	xmlDocPtr		 doc;	/* the tree, at a failure */
	xmlNodePtr		 hand;	/* the element in hand */
	int			 hand_depth;
	bool			 skip;	/* skip its children */
	int			 maxdepth;	/* -1 before xml_next() */
	bool			 cut_known;
	bool			 deeper;
	int			 nopen;
	const void		*open[XML_OPEN_DEPTH];	/* compared */
	char			*open_name[XML_OPEN_DEPTH];
	char			*open_ns[XML_OPEN_DEPTH];
	char			*lost_name;	/* when !cut_known */
	char			*lost_ns;
};

/* libxml2, when loaded; it owns nothing of ours. */
static struct xml_lib	 lx;
/* libxml2 could not be loaded (said once, for the first XML input). */
static bool		 lx_failed;
/*
 * The parse in progress, for the process-wide entity loader, which gets no
 * argument of ours.  It owns nothing: xml_open() sets it, xml_free()
 * clears it.
 */
static struct xml	*xml_current;

static int		 xml_load(void);
static void		 xml_cleanup(void);
static void		 quiet(void *, const char *, ...);
static int		 io_read(void *, char *, int);
static int		 io_close(void *);
static bool		 is_main(const struct xml *, xmlParserCtxtPtr);
static void		 halt(xmlParserCtxtPtr);
static void		 note_cut(struct xml *, xmlParserCtxtPtr);
static bool		 was_open(const struct xml *, const void *, int);
static int		 node_depth(const xmlNode *);
static xmlNodePtr	 walk(struct xml *, xmlNodePtr, bool, int, int *);
static void		 error_message(struct xml *, const xmlError *,
			    xmlParserCtxtPtr, struct buf *);
static void		 on_error(void *, xmlErrorPtr);
static void		 fail(struct xml *, const struct srcpos *,
			    const char *);
static void		 flush(struct xml *);
static xmlParserInputPtr load_entity(const char *, const char *,
			    xmlParserCtxtPtr);
static xmlParserInputPtr open_dtd(struct xml *, xmlParserCtxtPtr);
static const char	*find(const char *, size_t, const char *);
static bool		 wants_dblp_dtd(const char *, size_t);
static unsigned long	 decl_line(const struct xml *, const char *, bool);
static bool		 check_subset(struct xml *, xmlNodePtr);
static bool		 collect(struct xml *, const xmlNode *,
			    const xmlNode *, struct buf *, int);
static const char	*finish_text(struct xml *, const xmlNode *,
			    struct buf *, struct arena *, bool);
static bool		 same_ns(const xmlNode *, const char *);

/*
 * Loads libxml2 and sets it up the first time XML is read (start-up cost
 * matters for the other formats), and arranges for its global state to
 * be freed at exit.  Returns 0, or -1 when
 * libxml2 cannot be loaded or lacks a symbol: after a message the first
 * time, and at once for every later input (the command exits 4).
 */
static int
xml_load(void)
{
	void	*h, *sym;

	if (lx.handle != NULL)
		return 0;
	if (lx_failed)
		return -1;
	/*
	 * Lazy binding, as when libxml2 was linked: binding every call of
	 * libxml2, ICU and libstdc++ up front costs more than an import of a
	 * small file.  What we call is resolved with dlsym() below anyway.
	 */
	if ((h = dlopen(XML_SONAME, RTLD_LAZY | RTLD_LOCAL)) == NULL)
		goto fail;
	/*
	 * POSIX lets dlsym()'s void * be turned into a function pointer,
	 * ISO C does not (a cast draws a -pedantic warning): it is copied.
	 */
#define XML_RESOLVE(s)							\
	_Static_assert(sizeof(lx.s) == sizeof(sym), "pointer sizes");	\
	if ((sym = dlsym(h, #s)) == NULL)				\
		goto fail;						\
	memcpy(&lx.s, &sym, sizeof(lx.s));
	XML_SYMBOLS(XML_RESOLVE)
#undef XML_RESOLVE
	lx.handle = h;
	lx.xmlInitParser();
	lx.xmlSetExternalEntityLoader(load_entity);
	atexit(xml_cleanup);
	return 0;
fail:
	diag_sys(NULL, "cannot load %s: %s", XML_SONAME, dlerror());
	if (h != NULL)
		dlclose(h);
	memset(&lx, 0, sizeof(lx));
	lx_failed = true;
	return -1;
}

/*
 * At exit: frees libxml2's global state.  libxml2 stays loaded until the
 * process ends, as it did when it was linked: dlclose() would unload ICU
 * with it, and the converters ICU caches when an input declares an
 * encoding that only ICU knows (SCSU, say) are freed by nothing but ICU's
 * u_cleanup(), which libxml2 never calls; loaded, they stay reachable from
 * ICU's globals, unloaded they would be leaks.  What dlopen() itself
 * allocated stays reachable from the dynamic loader's lists.
 */
static void
xml_cleanup(void)
{
	lx.xmlCleanupParser();
}

/* Swallows libxml2's unstructured messages: on_error() reports errors. */
static void
quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* libxml2's read callback: the next bytes of the stream. */
static int
io_read(void *arg, char *dst, int len)
{
	struct xml	*x = arg;
	long		 n, i;

	if (x->failed || len <= 0)
		return 0;
	if ((n = stream_read(x->in, dst, (size_t)len)) < 0) {
		/* Reported by the stream. */
		x->io_error = true;
		x->failed = true;
		return -1;
	}
	if (n == 0)
		x->eof = true;
	for (i = 0; x->blank && i < n; i++)
		if (dst[i] != ' ' && dst[i] != '\t' && dst[i] != '\r' &&
		    dst[i] != '\n')
			x->blank = false;
	return (int)n;
}

/* The stream belongs to the caller of xml_open(). */
static int
io_close(void *arg)
{
	(void)arg;
	return 0;
}

/*
 * Is c the parser of the input itself, rather than one libxml2 made to
 * parse an entity's replacement text?  The latter reads from memory and
 * has no file name.
 */
static bool
is_main(const struct xml *x, xmlParserCtxtPtr c)
{
	return c != NULL && c->inputNr > 0 && c->inputTab[0] != NULL &&
	    c->inputTab[0]->filename != NULL &&
	    strcmp(c->inputTab[0]->filename, x->file) == 0;
}

/*
 * Stops building the tree after an error, so that no node comes after
 * it; io_read() ends the input, and the parser comes to its end soon.
 * (xmlStopParser() would free the inputs that the code raising the error
 * may still be using, and marking the parser finished without emptying
 * its input makes some of libxml2's loops spin.)
 */
static void
halt(xmlParserCtxtPtr c)
{
	c->disableSAX = 1;
	c->wellFormed = 0;
}

/*
 * Notes which elements were open when the input failed: those were cut
 * short, every other element already built is complete.  Only the top
 * XML_OPEN_DEPTH levels are kept; when more were open, the rest is
 * unknown to an iteration that deep.
 */
static void
note_cut(struct xml *x, xmlParserCtxtPtr c)
{
	const xmlNode	*n;
	int		 i;

	if (x->cut_known)
		return;
	x->cut_known = true;
	x->doc = c->myDoc;
	for (i = 0; i < c->nodeNr && i < XML_OPEN_DEPTH; i++) {
		if ((n = c->nodeTab[i]) == NULL)
			break;
		x->open[i] = n;
		x->open_name[i] = xstrdup((const char *)n->name);
		if (n->ns != NULL && n->ns->href != NULL)
			x->open_ns[i] = xstrdup((const char *)n->ns->href);
		x->nopen = i + 1;
	}
	x->deeper = c->nodeNr > XML_OPEN_DEPTH;
}

/* Was element n at depth open when the input failed? */
static bool
was_open(const struct xml *x, const void *n, int depth)
{
	if (depth >= XML_OPEN_DEPTH)
		return x->deeper;	/* do not know: say yes if it may be */
	return depth < x->nopen && x->open[depth] == n;
}

/*
 * Words libxml2's error e for a user: the usual problems in our own
 * words, anything else in libxml2's, without its capital, final full stop
 * or advice to use XML_PARSE_HUGE.
 */
static void
error_message(struct xml *x, const xmlError *e, xmlParserCtxtPtr c,
    struct buf *out)
{
	const char	*m = e->message != NULL ? e->message : "XML error";
	const char	*s;
	size_t		 len;
	bool		 mainc = is_main(x, c);

	switch (e->code) {
	case XML_ERR_INVALID_CHAR:
		if (e->str1 != NULL &&
		    (s = strstr(e->str1, "Bytes: 0x")) != NULL) {
			buf_addf(out, "invalid UTF-8 (byte 0x%.2s)", s + 9);
			return;
		}
		if (strstr(m, "invalid Char value") != NULL ||
		    strstr(m, "invalid xmlChar value") != NULL) {
			buf_addf(out, "character U+%04X is not allowed in XML",
			    (unsigned)e->int1);
			return;
		}
		break;
	case XML_ERR_ENTITY_LOOP:
		buf_addstr(out, "entity expansion refused: an entity refers "
		    "to itself or expands too much (billion laughs)");
		return;
	case XML_ERR_UNDECLARED_ENTITY:
	case XML_WAR_UNDECLARED_ENTITY:
		if (e->str1 == NULL || strstr(m, "not defined") == NULL)
			break;
		buf_addf(out, "entity '%s' not defined", e->str1);
		if (x->hint != NULL)
			buf_addf(out, ": %s", x->hint);
		else if (mainc && c->extSubURI != NULL && !x->dtd_used)
			buf_addf(out, " (the external DTD '%s' is not read: "
			    "pubtool reads nothing outside its input)",
			    (const char *)c->extSubURI);
		return;
	case XML_ERR_TAG_NAME_MISMATCH:
		if (e->str1 == NULL || e->str2 == NULL)
			break;
		buf_addf(out, "end tag '%s' does not match start tag '%s' of "
		    "line %d", e->str2, e->str1, e->int1);
		return;
	case XML_ERR_TAG_NOT_FINISHED:
		if (e->str1 == NULL)
			break;
		buf_addf(out, "truncated input: element '%s' of line %d is "
		    "not closed", e->str1, e->int1);
		return;
	case XML_ERR_DOCUMENT_EMPTY:
		if (strstr(m, "Document is empty") != NULL) {
			buf_addstr(out, x->blank ? "empty input: no root "
			    "element" : "no XML root element");
			return;
		}
		break;
	case XML_ERR_DOCUMENT_END:
		/* What the push parser says when the input stops short. */
		if (mainc && x->eof && c->nodeNr > 0 && c->node != NULL) {
			buf_addf(out, "truncated input: element '%s' of line "
			    "%ld is not closed", (const char *)c->node->name,
			    lx.xmlGetLineNo(c->node));
			return;
		}
		if (mainc && x->eof && (c->myDoc == NULL ||
		    lx.xmlDocGetRootElement(c->myDoc) == NULL)) {
			buf_addstr(out, x->blank ? "empty input: no root "
			    "element" : "no XML root element");
			return;
		}
		buf_addstr(out, "extra content after the root element");
		return;
	case XML_ERR_INTERNAL_ERROR:
		if (strstr(m, "Excessive depth") != NULL) {
			buf_addf(out, "elements nested too deeply (more than "
			    "%u levels; --max depth=N raises the limit)",
			    *lx.xmlParserMaxDepth);
			return;
		}
		break;
	case XML_ERR_NO_MEMORY:
		if (strstr(m, "huge text node") != NULL) {
			buf_addf(out, "text longer than %d bytes (libxml2's "
			    "own limit, which --max does not raise)",
			    XML_MAX_TEXT_LENGTH);
			return;
		}
		break;
	default:
		break;
	}
	if ((s = strstr(m, " use XML_PARSE_HUGE option")) != NULL)
		len = (size_t)(s - m);
	else
		len = strlen(m);
	while (len > 0 && (m[len - 1] == '\n' || m[len - 1] == ' ' ||
	    m[len - 1] == '.' || m[len - 1] == ':'))
		len--;
	if (len > 1 && m[0] >= 'A' && m[0] <= 'Z' &&
	    !(m[1] >= 'A' && m[1] <= 'Z')) {
		buf_addc(out, (char)(m[0] - 'A' + 'a'));
		buf_add(out, m + 1, len - 1);
	} else
		buf_add(out, m, len);
}

/*
 * libxml2's structured error handler, for the reader and for errors
 * raised without a parser (I/O).  The first error is reported and ends
 * the input; warnings are reported and change nothing.
 */
static void
on_error(void *arg, xmlErrorPtr e)
{
	struct xml	*x = arg;
	xmlParserCtxtPtr c = NULL;
	struct srcpos	 pos;
	struct buf	 msg;
	bool		 mainc;

	if (e->domain == XML_FROM_PARSER || e->domain == XML_FROM_NAMESPACE)
		c = e->ctxt;
	mainc = is_main(x, c);
	if (e->level == XML_ERR_WARNING && x->failed)
		return;
	if (e->level != XML_ERR_WARNING) {
		if (mainc) {
			halt(c);
			note_cut(x, c);
		} else if (x->mainc != NULL) {
			halt(x->mainc);
			note_cut(x, x->mainc);
		}
		if (x->failed)
			return;
	}
	pos.file = x->file;
	pos.line = pos.col = 0;
	if (mainc && e->file != NULL && strcmp(e->file, x->file) == 0) {
		pos.line = e->line > 0 ? (unsigned long)e->line : 0;
		pos.col = e->int2 > 0 ? (unsigned long)e->int2 : 0;
	} else if (mainc && e->file != NULL && x->dtd != NULL &&
	    strcmp(e->file, x->dtd) == 0) {
		pos.file = x->dtd;
		pos.line = e->line > 0 ? (unsigned long)e->line : 0;
		pos.col = e->int2 > 0 ? (unsigned long)e->int2 : 0;
	} else if (x->reader != NULL) {
		/* In an entity's text: where the parser is in the input. */
		pos.line = (unsigned long)
		    lx.xmlTextReaderGetParserLineNumber(x->reader);
		pos.col = (unsigned long)
		    lx.xmlTextReaderGetParserColumnNumber(x->reader);
	}
	buf_init(&msg);
	error_message(x, e, c, &msg);
	if (e->level == XML_ERR_WARNING)
		diag(DIAG_WARN, &pos, "%s", buf_str(&msg));
	else
		fail(x, &pos, buf_str(&msg));
	buf_release(&msg);
}

/* Keeps the message of the failure until the reader gets there. */
static void
fail(struct xml *x, const struct srcpos *pos, const char *msg)
{
	x->failed = true;
	if (x->has_pending)
		return;
	x->has_pending = true;
	x->pending_pos = *pos;
	buf_addstr(&x->pending, msg);
}

/* Reports the failure, now that the reader got there. */
static void
flush(struct xml *x)
{
	if (!x->has_pending)
		return;
	diag(DIAG_ERROR, &x->pending_pos, "%s", buf_str(&x->pending));
	x->has_pending = false;
}

/*
 * The process-wide external entity loader: it hands out the dblp.dtd that
 * the parse in progress was allowed, once, and refuses everything else.
 */
static xmlParserInputPtr
load_entity(const char *url, const char *id, xmlParserCtxtPtr c)
{
	struct xml	*x = xml_current;
	struct srcpos	 pos;
	struct buf	 msg;
	const char	*base;

	(void)id;
	if (x == NULL)
		return NULL;
	if (x->mainc == NULL && is_main(x, c))
		x->mainc = c;
	if (url != NULL && x->dtd != NULL && !x->dtd_used && !x->failed) {
		base = strrchr(url, '/');
		base = base != NULL ? base + 1 : url;
		if (strcmp(base, "dblp.dtd") == 0) {
			x->dtd_used = true;
			return open_dtd(x, c);
		}
	}
	if (!x->failed) {
		pos.file = x->file;
		pos.line = pos.col = 0;
		if (x->reader != NULL) {
			pos.line = (unsigned long)
			    lx.xmlTextReaderGetParserLineNumber(x->reader);
			pos.col = (unsigned long)
			    lx.xmlTextReaderGetParserColumnNumber(x->reader);
		}
		buf_init(&msg);
		buf_addf(&msg, "refused to read '%s': pubtool reads nothing "
		    "outside its input", url != NULL ? url : "?");
		fail(x, &pos, buf_str(&msg));
		buf_release(&msg);
	}
	if (x->mainc != NULL) {
		/* c may be a parser of an entity's text. */
		halt(x->mainc);
		note_cut(x, x->mainc);
	}
	return NULL;
}

/*
 * Opens the allowed dblp.dtd by the path worked out in xml_open(), not by
 * the URL libxml2 asked for, as an input of parser c.
 */
static xmlParserInputPtr
open_dtd(struct xml *x, xmlParserCtxtPtr c)
{
	xmlParserInputBufferPtr	 buf;
	xmlParserInputPtr	 in;
	int			 fd;

	if ((fd = open(x->dtd, O_RDONLY | O_CLOEXEC)) == -1) {
		diag_errno(x->dtd, "cannot open");
		x->io_error = true;
		goto fail;
	}
	/* The buffer closes fd when it is freed. */
	if ((buf = lx.xmlParserInputBufferCreateFd(fd,
	    XML_CHAR_ENCODING_NONE)) == NULL) {
		close(fd);
		goto nomem;
	}
	if ((in = lx.xmlNewIOInputStream(c, buf, XML_CHAR_ENCODING_NONE)) ==
	    NULL) {
		lx.xmlFreeParserInputBuffer(buf);
		goto nomem;
	}
	in->filename = (const char *)lx.xmlStrdup((const xmlChar *)x->dtd);
	return in;
nomem:
	diag(DIAG_SYSERR, NULL, "%s: cannot set up the XML parser", x->dtd);
	x->io_error = true;
fail:
	x->failed = true;
	halt(c);
	note_cut(x, c);
	return NULL;
}

/* The first occurrence of the C string pat in s[0..len), or NULL. */
static const char *
find(const char *s, size_t len, const char *pat)
{
	size_t	 n = strlen(pat), i;

	for (i = 0; n <= len && i <= len - n; i++)
		if (s[i] == pat[0] && memcmp(s + i, pat, n) == 0)
			return s + i;
	return NULL;
}

/*
 * Does the prolog at the start of s declare <!DOCTYPE dblp SYSTEM
 * "dblp.dtd">, the DBLP dump's document type?  Only the XML declaration,
 * processing instructions, comments and white space may come before it.
 */
static bool
wants_dblp_dtd(const char *s, size_t len)
{
	const char	*end = s + len, *p = s, *q;
	char		 quote;

	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
		    *p == '\n'))
			p++;
		if (end - p >= 2 && memcmp(p, "<?", 2) == 0) {
			if ((q = find(p, (size_t)(end - p), "?>")) == NULL)
				return false;
			p = q + 2;
		} else if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			if ((q = find(p + 4, (size_t)(end - p - 4), "-->")) ==
			    NULL)
				return false;
			p = q + 3;
		} else
			break;
	}
	if (end - p < 10 || memcmp(p, "<!DOCTYPE", 9) != 0)
		return false;
	for (p += 9; p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
	    *p == '\n'); p++)
		;
	if (end - p < 5 || memcmp(p, "dblp", 4) != 0)
		return false;
	for (p += 4; p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
	    *p == '\n'); p++)
		;
	if (end - p < 7 || memcmp(p, "SYSTEM", 6) != 0)
		return false;
	for (p += 6; p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
	    *p == '\n'); p++)
		;
	if (p >= end || (*p != '"' && *p != '\''))
		return false;
	quote = *p++;
	return end - p >= 9 && memcmp(p, "dblp.dtd", 8) == 0 &&
	    p[8] == quote;
}

/*
 * The line of the declaration of entity name in the prolog (a parameter
 * entity when pe is set), or 0 when it cannot be found there.
 */
static unsigned long
decl_line(const struct xml *x, const char *name, bool pe)
{
	const char	*end, *p, *q, *counted;
	unsigned long	 line = 1;
	size_t		 n = strlen(name);

	if (x->head == NULL)
		return 0;
	end = x->head + x->headlen;
	counted = p = x->head;
	while ((q = find(p, (size_t)(end - p), "<!ENTITY")) != NULL) {
		for (; counted < q; counted++)
			if (*counted == '\n')
				line++;
		p = q + 8;
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
		    *p == '\n'))
			p++;
		if (pe) {
			if (p >= end || *p != '%')
				continue;
			for (p++; p < end && (*p == ' ' || *p == '\t' ||
			    *p == '\r' || *p == '\n'); p++)
				;
		}
		if ((size_t)(end - p) > n && memcmp(p, name, n) == 0 &&
		    (p[n] == ' ' || p[n] == '\t' || p[n] == '\r' ||
		    p[n] == '\n'))
			return line;
	}
	return 0;
}

/*
 * Refuses a document whose internal subset declares an external entity
 * (general, unparsed or parameter).  libxml2 loads none of them with our
 * options, but such a file is an attempt to read something else, and is
 * refused as a whole with a clear message.
 */
static bool
check_subset(struct xml *x, xmlNodePtr root)
{
	const xmlNode	*n;
	const xmlEntity	*ent;
	struct srcpos	 pos;
	bool		 pe;

	if (root->doc == NULL || root->doc->intSubset == NULL)
		return true;
	for (n = root->doc->intSubset->children; n != NULL; n = n->next) {
		if (n->type != XML_ENTITY_DECL)
			continue;
		ent = (const xmlEntity *)n;
		if (ent->etype != XML_EXTERNAL_GENERAL_PARSED_ENTITY &&
		    ent->etype != XML_EXTERNAL_GENERAL_UNPARSED_ENTITY &&
		    ent->etype != XML_EXTERNAL_PARAMETER_ENTITY)
			continue;
		pe = ent->etype == XML_EXTERNAL_PARAMETER_ENTITY;
		pos.file = x->file;
		pos.line = decl_line(x, (const char *)ent->name, pe);
		pos.col = 0;
		/* Named as the declaration spells it. */
		if (ent->ExternalID != NULL)
			diag(DIAG_ERROR, &pos, "external %sentity '%s' refused "
			    "(PUBLIC \"%s\" \"%s\"): pubtool reads nothing "
			    "outside its input", pe ? "parameter " : "",
			    (const char *)ent->name,
			    (const char *)ent->ExternalID,
			    ent->SystemID != NULL ?
			    (const char *)ent->SystemID : "");
		else
			diag(DIAG_ERROR, &pos, "external %sentity '%s' refused "
			    "(SYSTEM \"%s\"): pubtool reads nothing outside "
			    "its input", pe ? "parameter " : "",
			    (const char *)ent->name,
			    ent->SystemID != NULL ?
			    (const char *)ent->SystemID : "");
		x->failed = true;
		x->has_pending = false;	/* whatever came later */
		return false;
	}
	return true;
}

struct xml *
xml_open(struct stream *in, enum xml_flags flags, const struct limits *lim)
{
	struct xml	*x;
	const char	*head, *slash;
	size_t		 len;
	struct stat	 st;
	struct buf	 hint;
	unsigned long	 errors;
	int		 opts;

	if (xml_load() == -1)
		return NULL;
	x = xcalloc(1, sizeof(*x));
	x->in = in;
	x->file = stream_name(in);
	x->max_text = lim->field;
	/* libxml2's depth limit is a global, read by every parse. */
	*lx.xmlParserMaxDepth = (unsigned)lim->depth;
	x->maxdepth = -1;
	x->blank = true;
	buf_init(&x->pending);
	opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	    XML_PARSE_BIG_LINES;
	errors = diag_count(DIAG_SYSERR) + diag_count(DIAG_ERROR);
	head = stream_peek(in, XML_HEAD, &len);
	if (diag_count(DIAG_SYSERR) + diag_count(DIAG_ERROR) > errors) {
		/* Reported by the stream. */
		x->io_error = true;
		x->failed = true;
	}
	if (head != NULL && find(head, len, "<!ENTITY") != NULL) {
		x->head = xmalloc(len);
		memcpy(x->head, head, len);
		x->headlen = len;
	}
	if ((flags & XML_DBLP_DUMP) && head != NULL &&
	    wants_dblp_dtd(head, len)) {
		if (strcmp(x->file, "<stdin>") == 0)
			x->hint = xstrdup("the DBLP dump's entities are "
			    "defined in dblp.dtd, which is read only next to "
			    "a dump named on the command line, not from "
			    "standard input");
		else {
			slash = strrchr(x->file, '/');
			len = slash != NULL ? (size_t)(slash - x->file) + 1 : 0;
			x->dtd = xmalloc(len + sizeof("dblp.dtd"));
			memcpy(x->dtd, x->file, len);
			memcpy(x->dtd + len, "dblp.dtd", sizeof("dblp.dtd"));
			if (stat(x->dtd, &st) == 0 && S_ISREG(st.st_mode))
				/* The one case: see the comment at the top. */
				opts |= XML_PARSE_DTDLOAD | XML_PARSE_NOENT;
			else {
				buf_init(&hint);
				buf_addf(&hint, "place dblp.dtd next to %s",
				    slash != NULL ? slash + 1 : x->file);
				x->hint = buf_detach(&hint);
				free(x->dtd);
				x->dtd = NULL;
			}
		}
	}
	xml_current = x;
	lx.xmlSetStructuredErrorFunc(x, on_error);
	lx.xmlSetGenericErrorFunc(NULL, quiet);
	x->reader = lx.xmlReaderForIO(io_read, io_close, x, x->file, NULL,
	    opts);
	if (x->reader == NULL) {
		diag(DIAG_SYSERR, NULL, "%s: cannot set up the XML parser",
		    x->file);
		xml_free(x);
		return NULL;
	}
	lx.xmlTextReaderSetStructuredErrorHandler(x->reader, on_error, x);
	return x;
}

void
xml_free(struct xml *x)
{
	int	 i;

	if (x == NULL)
		return;
	if (x->reader != NULL)
		lx.xmlFreeTextReader(x->reader);
	if (xml_current == x) {
		xml_current = NULL;
		lx.xmlSetStructuredErrorFunc(NULL, NULL);
		lx.xmlSetGenericErrorFunc(NULL, NULL);
	}
	free(x->head);
	free(x->dtd);
	free(x->hint);
	for (i = 0; i < XML_OPEN_DEPTH; i++) {
		free(x->open_name[i]);
		free(x->open_ns[i]);
	}
	free(x->lost_name);
	free(x->lost_ns);
	/* A failure the reader never got to is not reported. */
	buf_release(&x->pending);
	free(x);
}

/* The depth of node n in the element tree (the root element is at 0). */
static int
node_depth(const xmlNode *n)
{
	int	 d = 0;

	for (n = n->parent; n != NULL && n->type == XML_ELEMENT_NODE;
	    n = n->parent)
		d++;
	return d;
}

/*
 * After a failure, the next element at a depth of at most maxdepth, found
 * by walking the tree libxml2 built before the failure (the reader would
 * hand out nothing more).  The walk starts where the reader stopped, then
 * goes on from the element handed out last (prev, whose children are
 * visited unless prev_skip).  NULL at the end of what was built.
 */
static xmlNodePtr
walk(struct xml *x, xmlNodePtr prev, bool prev_skip, int maxdepth,
    int *depthp)
{
	xmlNodePtr	 n;
	int		 d;
	bool		 down;

	if (x->walking)
		n = prev;
	else {
		x->walking = true;
		n = lx.xmlTextReaderCurrentNode(x->reader);
	}
	if (n == NULL || n->parent == NULL) {
		/* Nothing read yet: the root element comes first. */
		if (x->doc == NULL || maxdepth < 0 ||
		    (n = lx.xmlDocGetRootElement(x->doc)) == NULL)
			return NULL;
		*depthp = 0;
		return n;
	}
	d = node_depth(n);
	down = n == prev && n->type == XML_ELEMENT_NODE && !prev_skip &&
	    d < maxdepth;
	while (d > maxdepth) {
		n = n->parent;
		d--;
	}
	for (;;) {
		if (down && n->children != NULL) {
			n = n->children;
			d++;
		} else {
			while (n->next == NULL) {
				n = n->parent;
				d--;
				if (n == NULL || n->type != XML_ELEMENT_NODE)
					return NULL;
			}
			n = n->next;
		}
		down = false;
		if (n->type == XML_ELEMENT_NODE && d <= maxdepth) {
			*depthp = d;
			return n;
		}
	}
}

/*
 * After a failure, the elements that libxml2 built before it are still
 * handed out (walk()): all of them are complete but those that were open
 * (note_cut()), which xml_expand() refuses.  When that is unknown (the
 * failure came from elsewhere than the input's own parser), nothing more
 * is handed out.
 */
int
xml_next(struct xml *x, int maxdepth, const struct xml_node **el)
{
	struct srcpos	 pos;
	xmlNodePtr	 n, prev = x->hand;
	bool		 prev_skip = x->skip;
	int		 ret, type, depth;

	*el = NULL;
	x->maxdepth = maxdepth;
	x->hand = NULL;
	x->skip = false;
	if (x->failed)
		goto failed;
	if (prev != NULL && (prev_skip || x->hand_depth >= maxdepth))
		ret = lx.xmlTextReaderNext(x->reader);
	else
		ret = lx.xmlTextReaderRead(x->reader);
	for (;;) {
		if (x->failed)
			goto failed;
		if (ret == 0)
			return 0;
		if (ret < 0) {
			/* libxml2 failed without saying why. */
			pos.file = x->file;
			pos.line = (unsigned long)
			    lx.xmlTextReaderGetParserLineNumber(x->reader);
			pos.col = (unsigned long)
			    lx.xmlTextReaderGetParserColumnNumber(x->reader);
			diag(DIAG_ERROR, &pos, "malformed XML");
			x->failed = true;
			return -1;
		}
		type = lx.xmlTextReaderNodeType(x->reader);
		depth = lx.xmlTextReaderDepth(x->reader);
		if (type == XML_READER_TYPE_ELEMENT && depth <= maxdepth)
			break;
		if (type == XML_READER_TYPE_ELEMENT)
			ret = lx.xmlTextReaderNext(x->reader);
		else
			ret = lx.xmlTextReaderRead(x->reader);
	}
	n = lx.xmlTextReaderCurrentNode(x->reader);
	goto found;
failed:
	if (!x->cut_known ||
	    (n = walk(x, prev, prev_skip, maxdepth, &depth)) == NULL) {
		flush(x);
		return -1;
	}
found:
	if (!x->root_seen) {
		x->root_seen = true;
		if (!check_subset(x, n))
			return -1;
	}
	x->hand = n;
	x->hand_depth = depth;
	*el = (const struct xml_node *)n;
	return 1;
}

int
xml_depth(const struct xml *x)
{
	return x->hand_depth;
}

void
xml_skip(struct xml *x)
{
	x->skip = true;
}

const struct xml_node *
xml_expand(struct xml *x)
{
	xmlNodePtr	 n = NULL;

	if (x->hand == NULL)
		return NULL;
	if (!x->failed)
		n = lx.xmlTextReaderExpand(x->reader);
	x->skip = true;
	if (x->failed) {
		/* Complete if the failure came after its end. */
		if (x->cut_known && !was_open(x, x->hand, x->hand_depth))
			return (const struct xml_node *)x->hand;
		if (!x->cut_known && x->lost_name == NULL) {
			x->lost_name = xstrdup((const char *)x->hand->name);
			if (x->hand->ns != NULL && x->hand->ns->href != NULL)
				x->lost_ns = xstrdup(
				    (const char *)x->hand->ns->href);
		}
		flush(x);
		return NULL;
	}
	if (n == NULL) {
		diag(DIAG_ERROR, NULL, "%s: malformed XML", x->file);
		x->failed = true;
		return NULL;
	}
	return (const struct xml_node *)n;
}

const char *
xml_cut(const struct xml *x, const char **ns)
{
	*ns = NULL;
	if (!x->cut_known) {
		*ns = x->lost_ns;
		return x->lost_name;
	}
	if (x->maxdepth < 0 || x->maxdepth >= x->nopen)
		return NULL;
	*ns = x->open_ns[x->maxdepth];
	return x->open_name[x->maxdepth];
}

bool
xml_read_error(const struct xml *x)
{
	return x->io_error;
}

const char *
xml_file(const struct xml *x)
{
	return x->file;
}

/* Is n in namespace ns (NULL: in none)? */
static bool
same_ns(const xmlNode *n, const char *ns)
{
	if (n->ns == NULL || n->ns->href == NULL)
		return ns == NULL;
	return ns != NULL && strcmp((const char *)n->ns->href, ns) == 0;
}

bool
xml_is(const struct xml_node *el, const char *ns, const char *name)
{
	const xmlNode	*n = (const xmlNode *)el;

	return n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0 && same_ns(n, ns);
}

const char *
xml_name(const struct xml_node *el)
{
	return (const char *)((const xmlNode *)el)->name;
}

const char *
xml_ns(const struct xml_node *el)
{
	const xmlNode	*n = (const xmlNode *)el;

	if (n->ns == NULL || n->ns->href == NULL)
		return NULL;
	return (const char *)n->ns->href;
}

unsigned long
xml_line(const struct xml_node *el)
{
	long	 line = lx.xmlGetLineNo((const xmlNode *)el);

	return line > 0 ? (unsigned long)line : 0;
}

const struct xml_node *
xml_child(const struct xml_node *el, const char *ns, const char *name)
{
	const xmlNode	*n;

	for (n = ((const xmlNode *)el)->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE && (name == NULL ||
		    xml_is((const struct xml_node *)n, ns, name)))
			return (const struct xml_node *)n;
	return NULL;
}

const struct xml_node *
xml_sibling(const struct xml_node *el, const char *ns, const char *name)
{
	const xmlNode	*n;

	for (n = ((const xmlNode *)el)->next; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE && (name == NULL ||
		    xml_is((const struct xml_node *)n, ns, name)))
			return (const struct xml_node *)n;
	return NULL;
}

/*
 * Appends the text of the nodes from n on (and of their descendants) to
 * out, following references to internal entities at most
 * XML_ENTITY_DEPTH deep.  Reports a problem against element top and
 * returns false.
 */
static bool
collect(struct xml *x, const xmlNode *top, const xmlNode *n,
    struct buf *out, int edepth)
{
	const xmlEntity	*ent;
	struct srcpos	 pos;
	size_t		 len;

	pos.file = x->file;
	pos.line = xml_line((const struct xml_node *)top);
	pos.col = 0;
	for (; n != NULL; n = n->next) {
		switch (n->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (n->content == NULL)
				break;
			len = strlen((const char *)n->content);
			if (len > x->max_text - out->len) {
				diag(DIAG_ERROR, &pos, "text of element '%s' "
				    "longer than %zu bytes (--max field=N "
				    "raises the limit)",
				    (const char *)top->name, x->max_text);
				return false;
			}
			buf_add(out, n->content, len);
			break;
		case XML_ELEMENT_NODE:
			if (!collect(x, top, n->children, out, edepth))
				return false;
			break;
		case XML_ENTITY_REF_NODE:
			ent = (const xmlEntity *)n->children;
			if (ent == NULL || ent->type != XML_ENTITY_DECL) {
				diag(DIAG_ERROR, &pos, "entity '%s' not "
				    "defined", (const char *)n->name);
				return false;
			}
			if (ent->etype == XML_INTERNAL_PREDEFINED_ENTITY &&
			    ent->content != NULL) {
				buf_addstr(out, (const char *)ent->content);
				break;
			}
			if (ent->etype != XML_INTERNAL_GENERAL_ENTITY) {
				diag(DIAG_ERROR, &pos, "reference to external "
				    "entity '%s' refused: pubtool reads "
				    "nothing outside its input",
				    (const char *)n->name);
				return false;
			}
			if (edepth >= XML_ENTITY_DEPTH) {
				diag(DIAG_ERROR, &pos, "entities nested more "
				    "than %d deep in element '%s'",
				    XML_ENTITY_DEPTH, (const char *)top->name);
				return false;
			}
			if (!collect(x, top, ent->children, out, edepth + 1))
				return false;
			break;
		default:
			break;
		}
	}
	return true;
}

/*
 * Checks the text collected for element top and returns its NFC form in
 * the arena; NULL after a message.  A carriage return can only come from
 * a character reference, and is taken for a line end.
 */
static const char *
finish_text(struct xml *x, const xmlNode *top, struct buf *b,
    struct arena *a, bool collapse)
{
	struct srcpos	 pos;
	struct buf	 msg;
	enum text_fault	 f;
	size_t		 i, off;
	const char	*s;

	for (i = 0; i < b->len; i++)
		if (b->data[i] == '\r')
			b->data[i] = '\n';
	s = b->len > 0 ? b->data : "";
	if ((f = text_check(s, b->len, &off)) != TEXT_OK) {
		pos.file = x->file;
		pos.line = xml_line((const struct xml_node *)top);
		pos.col = 0;
		buf_init(&msg);
		text_describe(&msg, f, s + off, b->len - off);
		diag(DIAG_ERROR, &pos, "%s in element '%s'", buf_str(&msg),
		    (const char *)top->name);
		buf_release(&msg);
		return NULL;
	}
	return text_nfc(a, s, b->len, collapse);
}

const char *
xml_text(struct xml *x, const struct xml_node *el, struct arena *a,
    bool collapse)
{
	const xmlNode	*n = (const xmlNode *)el;
	const char	*s = NULL;
	struct buf	 b;

	buf_init(&b);
	if (collect(x, n, n->children, &b, 0))
		s = finish_text(x, n, &b, a, collapse);
	buf_release(&b);
	return s;
}

int
xml_attr(struct xml *x, const struct xml_node *el, const char *name,
    struct arena *a, const char **value)
{
	const xmlNode	*n = (const xmlNode *)el;
	const xmlAttr	*at;
	struct buf	 b;

	*value = NULL;
	for (at = n->properties; at != NULL; at = at->next)
		if (at->ns == NULL && strcmp((const char *)at->name, name) == 0)
			break;
	if (at == NULL)
		return 0;
	buf_init(&b);
	if (collect(x, n, at->children, &b, 0))
		*value = finish_text(x, n, &b, a, true);
	buf_release(&b);
	return *value != NULL ? 1 : -1;
}
