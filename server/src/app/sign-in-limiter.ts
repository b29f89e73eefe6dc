// Slows and then locks repeated failed sign-ins, per account name and per client address, with rate-limiter-flexible
// (in memory: one server process). After SLOW_AFTER failures each further answer waits longer; after the limit the
// account name, or the address, is locked out for a while. A successful sign-in clears the account's count.
import { RateLimiterMemory } from 'rate-limiter-flexible';

export const SIGN_IN_LIMITS = {
  /** Failures for one account name within `accountWindowS` before it is locked for `accountLockS`. */
  accountFailures: 10,
  accountWindowS: 60 * 60,
  accountLockS: 15 * 60,
  /** Failures from one address within `addressWindowS` before it is locked for `addressLockS`. */
  addressFailures: 50,
  addressWindowS: 60 * 60,
  addressLockS: 60 * 60,
  /** From this many failures on, each answer is delayed by `delayStepMs` more, up to `maxDelayMs`. */
  slowAfter: 3,
  delayStepMs: 100,
  maxDelayMs: 1000,
} as const;

const keyOf = (name: string) => name.trim().toLowerCase().slice(0, 64);

export class SignInLimiter {
  private readonly byAccount = new RateLimiterMemory({
    keyPrefix: 'sign-in-account',
    points: SIGN_IN_LIMITS.accountFailures,
    duration: SIGN_IN_LIMITS.accountWindowS,
    blockDuration: SIGN_IN_LIMITS.accountLockS,
  });
  private readonly byAddress = new RateLimiterMemory({
    keyPrefix: 'sign-in-address',
    points: SIGN_IN_LIMITS.addressFailures,
    duration: SIGN_IN_LIMITS.addressWindowS,
    blockDuration: SIGN_IN_LIMITS.addressLockS,
  });

  /** Milliseconds until this name or address may try again, or 0 when it is not locked. */
  async lockedFor(name: string, address: string): Promise<number> {
    const [account, from] = await Promise.all([this.byAccount.get(keyOf(name)), this.byAddress.get(address)]);
    const locked = (res: typeof account, limit: number) => (res && res.consumedPoints > limit ? res.msBeforeNext : 0);
    return Math.max(locked(account, SIGN_IN_LIMITS.accountFailures), locked(from, SIGN_IN_LIMITS.addressFailures));
  }

  /** Counts a failure, locking the name or address that reached its limit; returns how long to wait before answering. */
  async failed(name: string, address: string): Promise<number> {
    const count = async (limiter: RateLimiterMemory, key: string, limit: number, lockS: number) => {
      let failures: number;
      try {
        failures = (await limiter.consume(key)).consumedPoints;
      } catch (rejected) {
        // Past the limit consume() rejects with the limiter's result.
        failures = (rejected as { consumedPoints?: number }).consumedPoints ?? limit;
      }
      if (failures >= limit) await limiter.block(key, lockS);
      return failures;
    };
    const failures = Math.max(
      await count(this.byAccount, keyOf(name), SIGN_IN_LIMITS.accountFailures, SIGN_IN_LIMITS.accountLockS),
      await count(this.byAddress, address, SIGN_IN_LIMITS.addressFailures, SIGN_IN_LIMITS.addressLockS),
    );
    const over = failures - SIGN_IN_LIMITS.slowAfter;
    return over > 0 ? Math.min(over * SIGN_IN_LIMITS.delayStepMs, SIGN_IN_LIMITS.maxDelayMs) : 0;
  }

  async succeeded(name: string): Promise<void> {
    await this.byAccount.delete(keyOf(name));
  }
}
