import crypto from 'node:crypto';

/**
 * Keys derived from the one configured secret, each for a single purpose, so that a leaked
 * pseudonym key says nothing about the encryption key.
 */
export class Crypto {
  private readonly encKey: Buffer;
  private readonly searchKey: Buffer;
  private readonly pseudonymKey: Buffer;

  constructor(secret: string) {
    const derive = (info: string) =>
      Buffer.from(crypto.hkdfSync('sha256', secret, 'doorbraak', info, 32));
    this.encKey = derive('field-encryption');
    this.searchKey = derive('searchable-hash');
    this.pseudonymKey = derive('pseudonym');
  }

  /** AES-256-GCM; output is iv.tag.ciphertext in base64url. */
  encrypt(plain: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  decrypt(sealed: string): string {
    const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.encKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }

  /** Keyed hash for exact-match search on an encrypted value (e.g. the BSN). */
  searchHash(value: string): string {
    return crypto.createHmac('sha256', this.searchKey).update(value).digest('base64url');
  }

  /** Stable pseudonym of a data subject for the processing log. */
  pseudonym(kind: string, id: string): string {
    return crypto.createHmac('sha256', this.pseudonymKey).update(`${kind}:${id}`).digest('base64url').slice(0, 32);
  }
}

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}
