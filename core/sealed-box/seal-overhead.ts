// A sealed box's bytes beyond its message: the ephemeral public key and the Poly1305 tag.
export const SEAL_OVERHEAD = 32 + 16;
