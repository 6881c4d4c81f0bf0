import { describe, expect, it } from 'vitest';
import { reachableHost } from '../../src/service.js';

describe('the address the service reaches itself at', () => {
  it('is loopback for a wildcard, bracketed for an IPv6 literal, the host itself otherwise', () => {
    expect(reachableHost('0.0.0.0')).toBe('127.0.0.1');
    expect(reachableHost('::')).toBe('[::1]');
    expect(reachableHost('::1')).toBe('[::1]');
    expect(reachableHost('[::1]')).toBe('[::1]');
    expect(reachableHost('127.0.0.1')).toBe('127.0.0.1');
    expect(reachableHost('localhost')).toBe('localhost');
  });
});
