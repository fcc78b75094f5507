/** Which of the document's parties an item names, and where ("被告刘志强于…向原告陈晓梅支付…"). */
import type { Party } from '../document/parties.js';
import type { TextSpan } from '../document/span.js';

export interface PartyMention extends TextSpan {
  party: Party;
}

export function findPartyMentions(span: TextSpan, parties: readonly Party[]): PartyMention[] {
  const mentions: PartyMention[] = [];
  for (const party of parties) {
    if (party.name.length < 2) continue;
    for (let at = span.text.indexOf(party.name); at !== -1; at = span.text.indexOf(party.name, at + 1)) {
      const start = span.start + at;
      mentions.push({ start, end: start + party.name.length, text: party.name, party });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
