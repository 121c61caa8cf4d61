import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidBsn, maskBsn, normalizeBsn } from './bsn.ts';

test('known valid BSNs pass the eleven-test', () => {
  assert.equal(isValidBsn('111222333'), true);
  assert.equal(isValidBsn('123456782'), true);
});

test('a BSN failing the eleven-test is invalid', () => {
  assert.equal(isValidBsn('123456789'), false);
  assert.equal(isValidBsn('111222334'), false);
});

test('all zeros is invalid even though it passes the arithmetic', () => {
  assert.equal(isValidBsn('000000000'), false);
  assert.equal(isValidBsn('00000000'), false);
});

test('non-digits and wrong lengths are invalid', () => {
  assert.equal(isValidBsn('12345678a'), false);
  assert.equal(isValidBsn('abcdefghi'), false);
  assert.equal(isValidBsn('1234567'), false);
  assert.equal(isValidBsn('1112223330'), false);
  assert.equal(isValidBsn(''), false);
  assert.equal(isValidBsn('111 222 333'), false); // normalize first
});

test('8-digit form is read with a leading zero', () => {
  // 012345672 passes the eleven-test; 12345672 is the same number written without the 0.
  assert.equal(isValidBsn('012345672'), true);
  assert.equal(isValidBsn('12345672'), true);
  assert.equal(isValidBsn('12345673'), false);
});

test('normalizeBsn strips spaces and dots and pads 8 digits', () => {
  assert.equal(normalizeBsn('1112.22.333'), '111222333');
  assert.equal(normalizeBsn(' 111 222 333 '), '111222333');
  assert.equal(normalizeBsn('1234.56.72'), '012345672');
  assert.equal(isValidBsn(normalizeBsn('1112.22.333')), true);
  // Not padded beyond the 8-digit case, so garbage still fails validation.
  assert.equal(normalizeBsn('1234567'), '1234567');
});

test('maskBsn shows only the last 4 digits', () => {
  assert.equal(maskBsn('111222333'), '*****2333');
  assert.equal(maskBsn('1112.22.333'), '*****2333');
  assert.equal(maskBsn('12345672'), '*****5672');
  assert.equal(maskBsn('123'), '*********');
});
