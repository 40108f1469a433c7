/* The safe XML layer over libxml2 (skeleton: being written). */
#include "xml.h"

typedef int xml_placeholder;
