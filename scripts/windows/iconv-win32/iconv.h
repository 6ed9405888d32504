/* A small iconv over the Win32 code-page API (MultiByteToWideChar / WideCharToMultiByte), enough for
 * FreeXL on Windows: converts from the code pages a .xls file may name (CP437 … CP1258, CP936,
 * UTF-16LE, MacRoman, ASCII) to UTF-8, whole buffers at a time. Part of scripts/build-windows.sh's
 * tree, not of GKML. */
#ifndef GKML_ICONV_WIN32_H
#define GKML_ICONV_WIN32_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef void *iconv_t;
iconv_t iconv_open(const char *tocode, const char *fromcode);
size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft);
int iconv_close(iconv_t cd);
#ifdef __cplusplus
}
#endif
#endif
