// An email or phone number that is written wrong: a recruiter who cannot reach the candidate stops there.
import type { Rule } from './types';

export const rule: Rule = {
  id: 'invalid-contact',
  description: {
    it:
      "Un indirizzo email o un numero di telefono scritto male (manca il dominio, ci sono due @, il numero ha troppe o troppo poche cifre) " +
      'o lasciato da completare («…»); vale anche per un indirizzo postale ancora da completare.',
    en:
      'An email address or phone number that is malformed (no domain, two @ signs, too few or too many digits) ' +
      'or left to complete ("…"); the same goes for a postal address still to complete.',
  },
  defaultSeverity: 'error',
  fixable: false,
  reads: [],
  messages: {
    it: {
      invalidEmail: "L'indirizzo email «{value}» è incompleto o scritto male: controlla che sia nella forma nome@dominio.it.",
      invalidPhone: 'Il numero di telefono «{value}» è incompleto o scritto male: controlla il prefisso e le cifre.',
      incompleteAddress: "L'indirizzo «{value}» è ancora da completare.",
    },
    en: {
      invalidEmail: 'The email address "{value}" is incomplete or malformed: check that it reads like name@example.com.',
      invalidPhone: 'The phone number "{value}" is incomplete or malformed: check the country code and the digits.',
      incompleteAddress: 'The address "{value}" still needs to be completed.',
    },
  },
  check(ctx) {
    const { contact } = ctx.doc;
    for (const email of contact.emails) {
      if (!email.valid) ctx.report({ messageKey: 'invalidEmail', args: { value: email.value }, range: email.range });
    }
    for (const phone of contact.phones) {
      if (!phone.valid) ctx.report({ messageKey: 'invalidPhone', args: { value: phone.value }, range: phone.range });
    }
    if (contact.address && !contact.address.valid) {
      ctx.report({ messageKey: 'incompleteAddress', args: { value: contact.address.value }, range: contact.address.range });
    }
  },
};
