// The hub's GOV.UK Notify settings are read once at start: a bad one stops it with a message that
// names the variable, and never prints the key; with no key, messages go through the embedded transport.
import { expect, it } from 'vitest';
import { messagingFromEnv, readEnv } from '../../server/config';

const KEY = 'ehub_live-2b9a1f0e-5c3d-4e7f-9a1b-2c3d4e5f6a7b-8f7e6d5c-4b3a-4291-8e7f-6a5b4c3d2e1f';
const SMS = '11111111-1111-4111-8111-111111111111';
const EMAIL = '22222222-2222-4222-8222-222222222222';

const failure = (env: NodeJS.ProcessEnv) => {
  try {
    readEnv(env);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected the environment to be refused');
};

it('sends through the embedded transport when no Notify key is set', () => {
  expect(messagingFromEnv(readEnv({}))).toEqual({});
});

it('configures Notify from its key, base URL, templates and callback token', () => {
  const env = readEnv({ NOTIFY_API_KEY: KEY, NOTIFY_SMS_TEMPLATE_ID: SMS, NOTIFY_EMAIL_TEMPLATE_ID: EMAIL, NOTIFY_CALLBACK_TOKEN: 'a-long-callback-token-1234' });
  expect(messagingFromEnv(env)).toEqual({
    notify: { apiKey: KEY, baseUrl: 'https://api.notifications.service.gov.uk', smsTemplateId: SMS, emailTemplateId: EMAIL },
    callbackToken: 'a-long-callback-token-1234',
  });
});

it('refuses a key not in Notify’s form, naming the variable and not printing the value', () => {
  const broken = KEY.slice(0, -5);
  const message = failure({ NOTIFY_API_KEY: broken, NOTIFY_SMS_TEMPLATE_ID: SMS, NOTIFY_EMAIL_TEMPLATE_ID: EMAIL });
  expect(message).toContain('NOTIFY_API_KEY');
  expect(message).not.toContain(broken.slice(-30));
});

it('refuses a key without both templates, naming each missing one', () => {
  const message = failure({ NOTIFY_API_KEY: KEY });
  expect(message).toContain('NOTIFY_SMS_TEMPLATE_ID');
  expect(message).toContain('NOTIFY_EMAIL_TEMPLATE_ID');
  expect(message).not.toContain(KEY.slice(-36));
});

it('refuses a base URL that is not http(s), and a callback token too short to guess-proof', () => {
  expect(failure({ NOTIFY_BASE_URL: 'ftp://notify.example' })).toContain('NOTIFY_BASE_URL');
  const message = failure({ NOTIFY_CALLBACK_TOKEN: 'short-secret' });
  expect(message).toContain('NOTIFY_CALLBACK_TOKEN');
  expect(message).not.toContain('short-secret');
});
