#ifndef XML_H
#define XML_H

#include <stdbool.h>

/*
 * The safe XML layer: the only code that talks to libxml2 (STYLE 5).
 *
 * An input is read with libxml2's streaming reader, one element of
 * interest at a time: xml_next() walks the elements down to a depth,
 * xml_expand() reads the whole subtree of the element in hand, and the
 * next xml_next() skips past it and lets libxml2 free it, so memory stays
 * flat however large the input.
 *
 * Nothing outside the input is ever read: no network, no external DTD,
 * no external entity.  A document whose internal subset declares an
 * external entity (SYSTEM or PUBLIC) is refused at once.  Entities of the
 * document's own internal subset are expanded (within libxml2's bounds on
 * entity amplification, and ours on text length).  The one exception is
 * a DBLP dump that starts <!DOCTYPE dblp SYSTEM "dblp.dtd">, read from a
 * named file with XML_DBLP_DUMP: the dblp.dtd lying next to that file,
 * and nothing else, is loaded for its character entities.
 *
 * libxml2's first error is reported through diag() as FILE:LINE:COL and
 * ends the input: every later call fails.
 */

struct arena;
struct stream;

/* One input being read; owned by the caller (xml_free()). */
struct xml;
/* An element of the input, borrowed until the next xml_next(). */
struct xml_node;

enum xml_flags {
	XML_DBLP_DUMP = 1 << 0	/* may load the dblp.dtd next to a dump */
};

/* Namespace URIs the readers match on (never prefixes). */
#define XML_NS_ATOM	"http://www.w3.org/2005/Atom"
#define XML_NS_ARXIV	"http://arxiv.org/schemas/atom"

/*
 * Starts reading in, which stays owned by the caller and must outlive
 * the result.  Returns NULL only when libxml2 cannot be set up (after a
 * message).
 */
struct limits;
struct xml	*xml_open(struct stream *in, enum xml_flags,
		    const struct limits *);
void		 xml_free(struct xml *);

/*
 * Moves to the next element at a depth of at most maxdepth (the root
 * element is at depth 0), in document order.  The children of an element
 * in hand above maxdepth are visited next, unless xml_skip() was called;
 * those of an element at maxdepth, or of an expanded one, are skipped.
 * Returns 1 with the element in *el, 0 at the end of the input, -1 when
 * the input failed (reported).
 */
int		 xml_next(struct xml *, int maxdepth,
		    const struct xml_node **el);
/* The depth of the element in hand (the root element is at 0). */
int		 xml_depth(const struct xml *);
/* Makes the next xml_next() skip the children of the element in hand. */
void		 xml_skip(struct xml *);
/*
 * Reads the subtree of the element in hand, which then has its children.
 * Returns the element, or NULL when the input failed before the element
 * ended (reported).
 */
const struct xml_node *xml_expand(struct xml *);
/*
 * After a failure: the local name of the element at the iteration depth
 * that the failure cut short (NULL when there was none), and its
 * namespace URI in *ns (NULL for none).  A reader counts it as a
 * dropped record if it is one.  Borrowed until xml_free().
 */
const char	*xml_cut(const struct xml *, const char **ns);
/* Did the input fail to read (an I/O error, not bad XML)? */
bool		 xml_read_error(const struct xml *);
/* The name of the input, for diagnostics. */
const char	*xml_file(const struct xml *);

/* Is the element in namespace ns (NULL: none) with this local name? */
bool		 xml_is(const struct xml_node *, const char *ns,
		    const char *name);
/* Its local name ("entry" for "a:entry"). */
const char	*xml_name(const struct xml_node *);
/* Its namespace URI, or NULL when it is in none. */
const char	*xml_ns(const struct xml_node *);
/* The line where it starts, from 1. */
unsigned long	 xml_line(const struct xml_node *);
/*
 * The first child element, and the element sibling after el, that is in
 * namespace ns with local name name (any element when name is NULL, and
 * then ns is ignored); NULL when there is none.
 */
const struct xml_node *xml_child(const struct xml_node *, const char *ns,
		    const char *name);
const struct xml_node *xml_sibling(const struct xml_node *el,
		    const char *ns, const char *name);
/*
 * The text of an element and everything below it, with the entities of
 * the internal subset expanded, as NFC UTF-8 in the arena (with runs of
 * white space collapsed and trimmed when collapse is set).  NULL after a
 * message when the text holds a reference to an external or undefined
 * entity, a control character, or more bytes than the field limit.
 */
const char	*xml_text(struct xml *, const struct xml_node *,
		    struct arena *, bool collapse);
/*
 * The value of the attribute name (in no namespace), collapsed, as
 * xml_text() gives it: 1 with it in *value, 0 when the element has no
 * such attribute, -1 after a message.
 */
int		 xml_attr(struct xml *, const struct xml_node *,
		    const char *name, struct arena *, const char **value);

#endif /* XML_H */
