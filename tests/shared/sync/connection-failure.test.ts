import { describe, expect, it } from 'vitest';
import { classifyConnectionFailure, refusalMessage } from '../../../shared/sync/connection-failure';
import { ErrorCode } from '../../../shared/sync/frames';

describe('what went wrong between this device and its relay', () => {
  it.each([
    ['connect ECONNREFUSED 127.0.0.1:8811', 'unreachable'],
    ['read ECONNRESET', 'unreachable'],
    ['the sync server closed the connection', 'unreachable'],
    ['getaddrinfo ENOTFOUND relay.example.org', 'notFound'],
    ['getaddrinfo EAI_AGAIN relay.example.org', 'notFound'],
    ['connect ETIMEDOUT 203.0.113.5:443', 'timeout'],
    ['Opening handshake has timed out', 'timeout'],
    ['the sync server did not answer in time', 'timeout'],
    ['connect ENETUNREACH 203.0.113.5:443', 'noInternet'],
    ['self-signed certificate', 'tls'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE unable to verify the first certificate', 'tls'],
    ['write EPROTO 0000:error:0A00010B:SSL routines::wrong version number', 'tls'],
    ['Unexpected server response: 404', 'notRelay'],
    ['could not join: frame ends 27 bytes early', 'protocol'],
    ['the sync server sent a malformed frame', 'protocol'],
    ['something nobody foresaw', 'unknown'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyConnectionFailure(text).kind).toBe(kind);
  });

  it('names the refusal from the relay code the message carries', () => {
    const text = `could not join: ${refusalMessage(ErrorCode.BadInvite, 'invite is unknown, used or expired')}`;
    expect(classifyConnectionFailure(text)).toEqual({ kind: 'refused', refusal: 'badInvite' });
    expect(classifyConnectionFailure('the server refused the invite (code 19)')).toEqual({
      kind: 'refused',
      refusal: 'quotaExceeded',
    });
    expect(classifyConnectionFailure('refused (code 99): new')).toEqual({
      kind: 'refused',
      refusal: 'other',
    });
  });

  it('says "no internet" when the machine is offline, unless the relay is on this computer', () => {
    const text = 'getaddrinfo ENOTFOUND relay.example.org';
    expect(classifyConnectionFailure(text, { online: false }).kind).toBe('noInternet');
    const local = 'connect ECONNREFUSED 127.0.0.1:8811';
    expect(classifyConnectionFailure(local, { online: false, loopback: true }).kind).toBe(
      'unreachable',
    );
  });
});
