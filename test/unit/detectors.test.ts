import { describe, expect, it } from 'vitest';
import {
  emailDetector,
  ibanDetector,
  luhnValid,
  paymentCardDetector,
  phoneDetector,
  secretDetector,
} from '../../shared/domain/detectors.js';

const types = (d: { find(t: string): Iterable<{ type: string }> }, text: string) => [...d.find(text)].map((m) => m.type);

describe('email', () => {
  it('finds addresses and ignores look-alikes', () => {
    expect(types(emailDetector, 'write to jane.doe+tag@example.co.uk today')).toEqual(['email']);
    expect(types(emailDetector, 'version 1.2@build and user@localhost')).toEqual([]);
  });
});

describe('phone', () => {
  it('accepts numbers valid in their EU numbering plan', () => {
    expect(types(phoneDetector, 'Mobile: +48 512 345 678')).toEqual(['phone']);
    expect(types(phoneDetector, 'Tel. +49 30 901820')).toEqual(['phone']);
    expect(types(phoneDetector, 'Tel. 0049 30 901820, Fax (030) 1234')).toEqual(['phone']);
    expect([...phoneDetector.find('call +33 1 42 68 53 00 today')].map((m) => m.value)).toEqual(['+33 1 42 68 53 00']);
    // Nordic, Finnish, Greek and Bulgarian abbreviations of "telephone".
    expect(types(phoneDetector, 'Puh. 040 123 4567')).toEqual(['phone']);
    expect(types(phoneDetector, 'Tlf. 20 12 34 56')).toEqual(['phone']);
  });
  it('rejects digit runs that are not valid numbers', () => {
    // An IBAN's groups hold no phone number, even where they begin with 00 (the generator's "IE94 ADKO 0098 9001 …").
    expect(types(phoneDetector, 'Blick Limited · IBAN IE94 ADKO 0098 9001 7550 09 · Company no. 850218')).toEqual([]);
    expect(types(paymentCardDetector, 'Causale: IT29 H872 6290 0680 6199 4050 658')).toEqual([]);
    expect(types(phoneDetector, 'Order +49 000 0 and invoice 2026-000123')).toEqual([]);
  });
  it("reads a number of a country that shares its calling code with a bigger one (holdout-246's Guernsey mobile)", () => {
    // +44 7911 is Guernsey's plan, +39 06 698 the Vatican's: valid there, not in the main country's plan.
    expect(types(phoneDetector, '12/11/2026, 19:09 - +44 7911 123456: Can someone cover Saturday?')).toEqual(['phone']);
    expect(types(phoneDetector, 'Ring me on 07911 123456.')).toEqual(['phone']);
    expect(types(phoneDetector, 'Order +44 7911 0 and invoice 2026-000123')).toEqual([]);
  });
  it("reads a number grouped after a four-digit area code as the text's country's landline (holdout-161)", () => {
    const weights = (text: string) => [...phoneDetector.find(text)].map((m) => m.confidence);
    // Freiburg's 0761 is a Romanian mobile's grouping, and a Swiss or Swedish mobile's digits: in a German text a landline.
    expect(weights('Besichtigung nach Vereinbarung: die Breisgau Immobilien GmbH, Telefon 0761 455 230.')).toEqual([0.5]);
    // As the Swiss and the Swedes write their mobiles, with a short first group, they are mobiles.
    expect(weights('Sie erreichen mich mobil unter 076 145 52 30.')).toEqual([0.85]);
    expect(weights('Ring mig på 076-145 52 30')).toEqual([0.8]);
  });
});

describe('IBAN', () => {
  it('accepts a valid IBAN, grouped or compact, followed by words', () => {
    expect(types(ibanDetector, 'IBAN: DE89 3704 0044 0532 0130 00 THANKS')).toEqual(['iban']);
    expect(types(ibanDetector, 'FR1420041010050500013M02606')).toEqual(['iban']);
    expect(types(ibanDetector, 'IBAN: DE44-5001-0517-5407-3249-31')).toEqual(['iban']);
  });
  it('rejects a wrong check digit', () => {
    expect(types(ibanDetector, 'IBAN: DE88 3704 0044 0532 0130 00')).toEqual([]);
  });
  it("reads one whose groups an e-mail's wrapped lines part, and the next line's words do not join it", () => {
    expect(types(ibanDetector, 'mandameli con un bonifico su IT60 X054 2811\n1010 0000 0123 456, grazie')).toEqual(['iban']);
    expect([...ibanDetector.find('IBAN: DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX')].map((m) => m.value)).toEqual([
      'DE89370400440532013000',
    ]);
  });
  it("weighs a company's account by the legal form on its own line, not by one lines above (the generator's invoice)", () => {
    const text =
      'Beahan plc · Jaren Park 6\n\nZiemann - Gerlach Ltd\nBryon Square 2\n\nInvoice 2026414\nTotal: 51962.85 EUR\n\nBeahan plc · IBAN IE93 QEER 3405 5978 9849 31';
    expect([...ibanDetector.find(text)].map((m) => m.confidence)).toEqual([0.45]);
  });
  it('weighs an account of one digit over and over as a placeholder, wherever it stands (holdout-1008)', () => {
    const found = (text: string) => [...ibanDetector.find(text)].map((m) => m.confidence);
    // Valid check digits, an account no bank gives.
    expect(found('assert not valider_iban("FR76 0000 0000 0000 0000 0000 000")')).toEqual([0.3]);
    expect(found('IBAN: FR76 3000 6000 0112 3456 7890 189')).toEqual([0.99]);
  });
  it('reads a Polish account number (NRB, the IBAN without "PL"), strong after an account word', () => {
    const found = (text: string) => [...ibanDetector.find(text)].map((m) => m.confidence);
    // Synthetic numbers with valid check digits.
    expect(found('nr rachunku: 27 1140 2004 0000 3002 0135 5387')).toEqual([0.99]);
    expect(found('Tracking 27 1140 2004 0000 3002 0135 5387')).toEqual([0.45]);
    expect(found('nr rachunku: 28 1140 2004 0000 3002 0135 5387')).toEqual([]);
  });
});

describe('payment card', () => {
  it('needs both the Luhn checksum and a known issuer range', () => {
    expect(types(paymentCardDetector, 'card 4111 1111 1111 1111')).toEqual(['payment-card']);
    expect(types(paymentCardDetector, 'card 4111 1111 1111 1112')).toEqual([]); // Luhn fails
    expect(luhnValid('0000000000000000')).toBe(true);
    expect(types(paymentCardDetector, 'order 0000 0000 0000 0000')).toEqual([]); // no issuer
  });

  it('takes no card from a longer number in the same grouping, but one beside an expiry date', () => {
    // A parcel's 24 digits start as a UnionPay card would, and the first 16 pass Luhn.
    expect(types(paymentCardDetector, 'Numer przesyłki: 6201 2345 6789 0123 4567 89')).toEqual([]);
    expect(types(paymentCardDetector, 'Card: 4556 7375 8689 9855 12/28')).toEqual(['payment-card']);
    expect(types(paymentCardDetector, 'exp 12/28 4556 7375 8689 9855')).toEqual(['payment-card']);
    expect(types(paymentCardDetector, 'Karte 4556 7375 8689 9855.')).toEqual(['payment-card']);
  });
});

describe('secrets', () => {
  it('finds cloud keys, private keys and passwords in configuration', () => {
    expect(types(secretDetector, 'key=AKIAIOSFODNN7EXAMPLE')).toContain('aws-access-key');
    expect(types(secretDetector, '-----BEGIN RSA PRIVATE KEY-----')).toEqual(['private-key']);
    expect(types(secretDetector, 'password: hunter2hunter2')).toEqual(['password-assignment']);
    expect(types(secretDetector, 'Forgot your password? Reset it online.')).toEqual([]);
  });

  it('finds tokens, connection strings and passwords given in a sentence', () => {
    expect(types(secretDetector, 'GITLAB_DEPLOY_TOKEN = glpat-Xk7pQ2mZ9vR4tY8wL1aB')).toContain('gitlab-token');
    expect(types(secretDetector, 'OPENAI_API_KEY=sk-proj-7Hq2LmX9vR4tY8wZ1aB3cD5eF6gH7iJ8kL9mN0pQ')).toContain('openai-api-key');
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmMtYmlsbGluZyJ9.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    expect(types(secretDetector, `Authorization: Bearer ${jwt}`)).toEqual(['json-web-token']);
    expect(types(secretDetector, 'AccountName=prod;AccountKey=q8Zt3Jm1Wc7Xv2Lp9Rk5Hn4Bg6Fd0Sa8Ue1==;')).toEqual([
      'password-assignment',
    ]);
    // Webhooks whose address is their key, and service keys by their prefixes (session 50); synthetic values.
    expect(
      types(secretDetector, 'webhook https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'),
    ).toEqual(['slack-webhook']);
    expect(
      types(secretDetector, 'https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyzABCDEFGH_12345'),
    ).toEqual(['discord-webhook']);
    expect(types(secretDetector, '//registry.npmjs.org/:_authToken=npm_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R')).toContain(
      'npm-token',
    );
    expect(types(secretDetector, 'Join the channel at https://hooks.slack.com/ for alerts.')).toEqual([]);
    expect(types(secretDetector, 'Das WLAN heißt Gast, das Passwort lautet Sonnenblume#2026.')).toEqual(['password-assignment']);
    expect(types(secretDetector, 'Votre mot de passe provisoire est Kx7!pQ2mZ9, à changer.')).toEqual(['password-assignment']);
    // A rule about passwords is no password.
    expect(types(secretDetector, 'Your password is required. The password is changed every 90 days.')).toEqual([]);
    // Up to four words between the password and its verb; a hyphenated word is no password.
    expect(types(secretDetector, 'le mot de passe du wifi est Soleil2026!')).toEqual(['password-assignment']);
    expect(types(secretDetector, 'the password for the guest account is Welcome2026!')).toEqual(['password-assignment']);
    expect(types(secretDetector, 'Note: the password is case-sensitive.')).toEqual([]);
  });

  it("takes a key's value from its own line only: an empty one takes nothing from the next (holdout-176)", () => {
    expect(types(secretDetector, 'DB_PASSWORD=\nSMTP_PASSWORD=changeme\n')).toEqual([]);
    expect(types(secretDetector, 'DB_PASSWORD=\nSMTP_PASSWORD=k3Rt8vPz0QeW\n')).toEqual(['password-assignment']);
  });
});
