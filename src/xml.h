#ifndef XML_H
#define XML_H

/* The safe XML layer over libxml2 (skeleton: being written). */

#endif /* XML_H */
