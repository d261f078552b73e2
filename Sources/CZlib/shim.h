// zlib (Debian zlib1g-dev): raw deflate (zip entries), gzip members and CRC-32. inflateInit2 and deflateInit2 are
// macros Swift cannot import; they are re-exported as inline functions.
#include <zlib.h>

static inline int shim_inflate_init2(z_streamp stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}
static inline int shim_deflate_init2(z_streamp stream, int level, int window_bits) {
    return deflateInit2(stream, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
}
