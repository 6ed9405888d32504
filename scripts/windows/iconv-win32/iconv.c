#include "iconv.h"
#include "localcharset.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#define CP_UTF16LE 1200u

typedef struct
{
    unsigned from; /* a Windows code page, or CP_UTF16LE */
    unsigned to;
} converter;

static unsigned codePage(const char *name)
{
    static const struct
    {
        const char *name;
        unsigned cp;
    } aliases[] = { { "UTF-8", CP_UTF8 }, { "UTF8", CP_UTF8 },   { "UTF-16LE", CP_UTF16LE },
                    { "ASCII", 20127 },   { "US-ASCII", 20127 }, { "MacRoman", 10000 },
                    { "GBK", 936 },       { "GB2312", 936 },     { "GB18030", 54936 } };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; ++i)
        if (_stricmp(name, aliases[i].name) == 0)
            return aliases[i].cp;
    if (_strnicmp(name, "CP", 2) == 0 && name[2] >= '0' && name[2] <= '9')
        return (unsigned)strtoul(name + 2, NULL, 10);
    return 0;
}

const char *locale_charset(void)
{
    static char name[16];
    snprintf(name, sizeof name, "CP%u", GetACP());
    return name;
}

iconv_t iconv_open(const char *tocode, const char *fromcode)
{
    const unsigned to = codePage(tocode), from = codePage(fromcode);
    if (!to || !from || (from != CP_UTF16LE && !IsValidCodePage(from))
        || (to != CP_UTF16LE && !IsValidCodePage(to))) {
        errno = EINVAL;
        return (iconv_t)-1;
    }
    converter *c = (converter *)malloc(sizeof *c);
    if (!c) {
        errno = ENOMEM;
        return (iconv_t)-1;
    }
    c->from = from;
    c->to = to;
    return c;
}

int iconv_close(iconv_t cd)
{
    free(cd);
    return 0;
}

/* Converts the whole input (FreeXL always hands over complete strings). */
size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft)
{
    const converter *c = (const converter *)cd;
    if (!inbuf || !*inbuf || *inbytesleft == 0)
        return 0; /* reset or flush: these conversions keep no state */
    if (*inbytesleft > 0x3fffffff) {
        errno = E2BIG;
        return (size_t)-1;
    }
    /* 1. to UTF-16 */
    wchar_t *wide;
    int wideLen;
    if (c->from == CP_UTF16LE) {
        if (*inbytesleft % 2) {
            errno = EINVAL;
            return (size_t)-1;
        }
        wideLen = (int)(*inbytesleft / 2);
        wide = (wchar_t *)malloc((size_t)wideLen * sizeof(wchar_t));
        if (!wide) {
            errno = ENOMEM;
            return (size_t)-1;
        }
        memcpy(wide, *inbuf, *inbytesleft);
    } else {
        const DWORD flags = (c->from == CP_UTF8 || c->from == 54936) ? MB_ERR_INVALID_CHARS : 0;
        wideLen = MultiByteToWideChar(c->from, flags, *inbuf, (int)*inbytesleft, NULL, 0);
        if (wideLen <= 0) {
            errno = EILSEQ;
            return (size_t)-1;
        }
        wide = (wchar_t *)malloc((size_t)wideLen * sizeof(wchar_t));
        if (!wide) {
            errno = ENOMEM;
            return (size_t)-1;
        }
        MultiByteToWideChar(c->from, flags, *inbuf, (int)*inbytesleft, wide, wideLen);
    }
    /* 2. from UTF-16 */
    size_t outLen;
    if (c->to == CP_UTF16LE) {
        outLen = (size_t)wideLen * 2;
        if (outLen > *outbytesleft) {
            free(wide);
            errno = E2BIG;
            return (size_t)-1;
        }
        memcpy(*outbuf, wide, outLen);
    } else {
        const int need = WideCharToMultiByte(c->to, 0, wide, wideLen, NULL, 0, NULL, NULL);
        if (need <= 0 || (size_t)need > *outbytesleft) {
            free(wide);
            errno = need <= 0 ? EILSEQ : E2BIG;
            return (size_t)-1;
        }
        WideCharToMultiByte(c->to, 0, wide, wideLen, *outbuf, need, NULL, NULL);
        outLen = (size_t)need;
    }
    free(wide);
    *inbuf += *inbytesleft;
    *inbytesleft = 0;
    *outbuf += outLen;
    *outbytesleft -= outLen;
    return 0;
}
