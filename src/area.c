#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "area.h"
#include "buf.h"

/*
 * The arXiv category taxonomy (arxiv.org/category_taxonomy), the part a
 * computing researcher meets.  Archives are listed in the order a bare
 * code is resolved.
 */
#define AREA(code, name)	{ code, sizeof(code) - 1, name }

static const struct area {
	const char	*code;
	size_t		 len;
	const char	*name;
} areas[] = {
	AREA("cs.AI", "Artificial Intelligence"),
	AREA("cs.AR", "Hardware Architecture"),
	AREA("cs.CC", "Computational Complexity"),
	AREA("cs.CE", "Computational Engineering, Finance, and Science"),
	AREA("cs.CG", "Computational Geometry"),
	AREA("cs.CL", "Computation and Language"),
	AREA("cs.CR", "Cryptography and Security"),
	AREA("cs.CV", "Computer Vision and Pattern Recognition"),
	AREA("cs.CY", "Computers and Society"),
	AREA("cs.DB", "Databases"),
	AREA("cs.DC", "Distributed, Parallel, and Cluster Computing"),
	AREA("cs.DL", "Digital Libraries"),
	AREA("cs.DM", "Discrete Mathematics"),
	AREA("cs.DS", "Data Structures and Algorithms"),
	AREA("cs.ET", "Emerging Technologies"),
	AREA("cs.FL", "Formal Languages and Automata Theory"),
	AREA("cs.GL", "General Literature"),
	AREA("cs.GR", "Graphics"),
	AREA("cs.GT", "Computer Science and Game Theory"),
	AREA("cs.HC", "Human-Computer Interaction"),
	AREA("cs.IR", "Information Retrieval"),
	AREA("cs.IT", "Information Theory"),
	AREA("cs.LG", "Machine Learning"),
	AREA("cs.LO", "Logic in Computer Science"),
	AREA("cs.MA", "Multiagent Systems"),
	AREA("cs.MM", "Multimedia"),
	AREA("cs.MS", "Mathematical Software"),
	AREA("cs.NA", "Numerical Analysis"),
	AREA("cs.NE", "Neural and Evolutionary Computing"),
	AREA("cs.NI", "Networking and Internet Architecture"),
	AREA("cs.OH", "Other Computer Science"),
	AREA("cs.OS", "Operating Systems"),
	AREA("cs.PF", "Performance"),
	AREA("cs.PL", "Programming Languages"),
	AREA("cs.RO", "Robotics"),
	AREA("cs.SC", "Symbolic Computation"),
	AREA("cs.SD", "Sound"),
	AREA("cs.SE", "Software Engineering"),
	AREA("cs.SI", "Social and Information Networks"),
	AREA("cs.SY", "Systems and Control"),
	AREA("stat.AP", "Applications (stat)"),
	AREA("stat.CO", "Computation (stat)"),
	AREA("stat.ME", "Methodology (stat)"),
	AREA("stat.ML", "Machine Learning (stat)"),
	AREA("stat.OT", "Other Statistics"),
	AREA("stat.TH", "Statistics Theory"),
	AREA("eess.AS", "Audio and Speech Processing"),
	AREA("eess.IV", "Image and Video Processing"),
	AREA("eess.SP", "Signal Processing"),
	AREA("eess.SY", "Systems and Control (eess)"),
	AREA("math.NA", "Numerical Analysis (math)"),
	AREA("math.OC", "Optimization and Control"),
	AREA("math.PR", "Probability"),
	AREA("math.ST", "Statistics Theory (math)"),
	AREA("math.IT", "Information Theory (math)"),
	AREA("math.CO", "Combinatorics"),
	AREA("math.DS", "Dynamical Systems"),
	AREA("physics.comp-ph", "Computational Physics"),
	AREA("physics.flu-dyn", "Fluid Dynamics"),
	AREA("physics.data-an", "Data Analysis, Statistics and Probability"),
	AREA("q-bio.QM", "Quantitative Methods"),
	AREA("q-bio.NC", "Neurons and Cognition"),
	AREA("quant-ph", "Quantum Physics"),
};

const char *
area_name(const char *code)
{
	const struct area	*a;
	size_t			 i, len = strlen(code);
	int			 c = tolower((unsigned char)*code);

	/* Lengths and first letters are compared first: most codes differ. */
	for (i = 0; i < sizeof(areas) / sizeof(areas[0]); i++) {
		a = &areas[i];
		if (a->len == len && tolower((unsigned char)a->code[0]) == c &&
		    strcasecmp(a->code, code) == 0)
			return a->name;
	}
	if (len == 0 || memchr(code, '.', len) != NULL)
		return NULL;
	/* A bare code is the part of a category after its dot. */
	for (i = 0; i < sizeof(areas) / sizeof(areas[0]); i++) {
		a = &areas[i];
		if (a->len > len && a->code[a->len - len - 1] == '.' &&
		    tolower((unsigned char)a->code[a->len - len]) == c &&
		    strcasecmp(a->code + a->len - len, code) == 0)
			return a->name;
	}
	return NULL;
}

void
area_heading(struct buf *b, const char *code, const char *name)
{
	size_t	 len;

	buf_reset(b);
	if (code == NULL) {
		buf_addstr(b, "No area");
		return;
	}
	if (name == NULL) {
		buf_addstr(b, code);
		return;
	}
	len = strlen(name);
	if (len > 0 && name[len - 1] == ')')
		buf_addf(b, "%.*s, %s)", (int)(len - 1), name, code);
	else
		buf_addf(b, "%s (%s)", name, code);
}
