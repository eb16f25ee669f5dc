import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError } from '../../src/domain/errors.ts';

describe('DomainError', () => {
  it('carries a code and its params but keeps user input out of the message', () => {
    const error = new DomainError('unknown-household', { reference: 'H-12' });
    expect(error.code).toBe('unknown-household');
    expect(error.params).toEqual({ reference: 'H-12' });
    expect(error.message).toBe('unknown-household');
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});
