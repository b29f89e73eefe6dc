import { describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS, SignInLimiter } from '../../../server/src/app/sign-in-limiter.ts';

describe('failed sign-in limits', () => {
  it('slows each failure after the first few, up to a cap', async () => {
    const limiter = new SignInLimiter();
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) delays.push(await limiter.failed('ana', '10.0.0.1'));
    expect(delays.slice(0, SIGN_IN_LIMITS.slowAfter)).toEqual([0, 0, 0]);
    expect(delays.slice(SIGN_IN_LIMITS.slowAfter)).toEqual([100, 200, 300, 400, 500, 600]);
    expect(await limiter.lockedFor('ana', '10.0.0.1')).toBe(0);
  });

  it('locks an account name after its limit, from any address, until a lock period passes', async () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < SIGN_IN_LIMITS.accountFailures; i++) await limiter.failed('ana', `10.0.0.${i}`);
    const locked = await limiter.lockedFor('ANA', '192.168.0.9');
    expect(locked).toBeGreaterThan((SIGN_IN_LIMITS.accountLockS - 5) * 1000);
    expect(locked).toBeLessThanOrEqual(SIGN_IN_LIMITS.accountLockS * 1000);
    expect(await limiter.lockedFor('bo', '192.168.0.9')).toBe(0);
  });

  it('locks an address that fails for many names, and only that address', async () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < SIGN_IN_LIMITS.addressFailures; i++) await limiter.failed(`guess-${i}`, '10.9.9.9');
    expect(await limiter.lockedFor('someone-new', '10.9.9.9')).toBeGreaterThan((SIGN_IN_LIMITS.addressLockS - 5) * 1000);
    expect(await limiter.lockedFor('someone-new', '10.9.9.10')).toBe(0);
  });

  it('clears an account name after a successful sign-in', async () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < SIGN_IN_LIMITS.accountFailures - 1; i++) await limiter.failed('ana', '10.0.0.1');
    await limiter.succeeded('ana');
    expect(await limiter.failed('ana', '10.0.0.2')).toBe(0);
    expect(await limiter.lockedFor('ana', '10.0.0.2')).toBe(0);
  });
});
