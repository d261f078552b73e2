// OpenSSL's libcrypto (Debian libssl-dev): SHA-256 with the CPU's SHA extensions. The SHA256_* calls are
// deprecated in OpenSSL 3 in favour of EVP, but SHA256_CTX is a plain struct, which keeps tunebench's SHA256 a
// copyable value; they stay in 3.x.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/sha.h>
