/* FreeXL includes <localcharset.h> on Windows; it never calls locale_charset() in the code used. */
#ifndef GKML_LOCALCHARSET_H
#define GKML_LOCALCHARSET_H
const char *locale_charset(void);
#endif
