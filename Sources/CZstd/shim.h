// libzstd (Debian libzstd-dev): the streaming decompression API (ZSTD_DStream) and, for the tests, compression.
#include <zstd.h>
#include <zstd_errors.h>
