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
static const struct area {
	const char	*code;
	const char	*name;
} areas[] = {
	{ "cs.AI", "Artificial Intelligence" },
	{ "cs.AR", "Hardware Architecture" },
	{ "cs.CC", "Computational Complexity" },
	{ "cs.CE", "Computational Engineering, Finance, and Science" },
	{ "cs.CG", "Computational Geometry" },
	{ "cs.CL", "Computation and Language" },
	{ "cs.CR", "Cryptography and Security" },
	{ "cs.CV", "Computer Vision and Pattern Recognition" },
	{ "cs.CY", "Computers and Society" },
	{ "cs.DB", "Databases" },
	{ "cs.DC", "Distributed, Parallel, and Cluster Computing" },
	{ "cs.DL", "Digital Libraries" },
	{ "cs.DM", "Discrete Mathematics" },
	{ "cs.DS", "Data Structures and Algorithms" },
	{ "cs.ET", "Emerging Technologies" },
	{ "cs.FL", "Formal Languages and Automata Theory" },
	{ "cs.GL", "General Literature" },
	{ "cs.GR", "Graphics" },
	{ "cs.GT", "Computer Science and Game Theory" },
	{ "cs.HC", "Human-Computer Interaction" },
	{ "cs.IR", "Information Retrieval" },
	{ "cs.IT", "Information Theory" },
	{ "cs.LG", "Machine Learning" },
	{ "cs.LO", "Logic in Computer Science" },
	{ "cs.MA", "Multiagent Systems" },
	{ "cs.MM", "Multimedia" },
	{ "cs.MS", "Mathematical Software" },
	{ "cs.NA", "Numerical Analysis" },
	{ "cs.NE", "Neural and Evolutionary Computing" },
	{ "cs.NI", "Networking and Internet Architecture" },
	{ "cs.OH", "Other Computer Science" },
	{ "cs.OS", "Operating Systems" },
	{ "cs.PF", "Performance" },
	{ "cs.PL", "Programming Languages" },
	{ "cs.RO", "Robotics" },
	{ "cs.SC", "Symbolic Computation" },
	{ "cs.SD", "Sound" },
	{ "cs.SE", "Software Engineering" },
	{ "cs.SI", "Social and Information Networks" },
	{ "cs.SY", "Systems and Control" },
	{ "stat.AP", "Applications (stat)" },
	{ "stat.CO", "Computation (stat)" },
	{ "stat.ME", "Methodology (stat)" },
	{ "stat.ML", "Machine Learning (stat)" },
	{ "stat.OT", "Other Statistics" },
	{ "stat.TH", "Statistics Theory" },
	{ "eess.AS", "Audio and Speech Processing" },
	{ "eess.IV", "Image and Video Processing" },
	{ "eess.SP", "Signal Processing" },
	{ "eess.SY", "Systems and Control (eess)" },
	{ "math.NA", "Numerical Analysis (math)" },
	{ "math.OC", "Optimization and Control" },
	{ "math.PR", "Probability" },
	{ "math.ST", "Statistics Theory (math)" },
	{ "math.IT", "Information Theory (math)" },
	{ "math.CO", "Combinatorics" },
	{ "math.DS", "Dynamical Systems" },
	{ "physics.comp-ph", "Computational Physics" },
	{ "physics.flu-dyn", "Fluid Dynamics" },
	{ "physics.data-an", "Data Analysis, Statistics and Probability" },
	{ "q-bio.QM", "Quantitative Methods" },
	{ "q-bio.NC", "Neurons and Cognition" },
	{ "quant-ph", "Quantum Physics" },
};

const char *
area_name(const char *code)
{
	const char	*dot;
	size_t		 i;
	int		 c = tolower((unsigned char)*code);

	/* The first letters are compared first: most codes differ there. */
	for (i = 0; i < sizeof(areas) / sizeof(areas[0]); i++)
		if (tolower((unsigned char)areas[i].code[0]) == c &&
		    strcasecmp(areas[i].code, code) == 0)
			return areas[i].name;
	if (strchr(code, '.') != NULL)
		return NULL;
	for (i = 0; i < sizeof(areas) / sizeof(areas[0]); i++) {
		dot = strchr(areas[i].code, '.');
		if (dot != NULL && tolower((unsigned char)dot[1]) == c &&
		    strcasecmp(dot + 1, code) == 0)
			return areas[i].name;
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
