// ConText trigger terms (Chapman et al., 2009, adapted to how patients write): words that put a
// mention in the past, deny it, give it to someone else, ask about it, make it "if", make it a
// figure of speech, or say it has gone. See docs/clinical-safety/red-flags.md.
import { rx } from './lexicon';

export type ContextKind = 'negated' | 'past' | 'other person' | 'question' | 'hypothetical' | 'idiom' | 'resolved';
/** Which way from the trigger its scope runs: to the mention after it, before it, either, or over it. */
export type Direction = 'forward' | 'backward' | 'both' | 'overlap';

export interface ContextTerm {
  kind: ContextKind;
  pattern: RegExp;
  direction: Direction;
  /** Set aside outright, or leave the match as only a possible flag (uncertainty leans to safety). */
  effect: 'set-aside' | 'possible';
  /** Most words allowed between trigger and mention; absent means the whole clause. */
  maxWords?: number;
  /** A "now", "again" or "today" in the same clause cannot turn this back into a current story. */
  firm?: boolean;
}

const RELATIVE = String.raw`(?:(?:my|his|her|our) (?:late )?|^)(?:dad|father|mum|mom|mother|brother|sister|grandad|grandpa|grandfather|nan|nana|gran|granny|grandma|grandmother|uncle|aunt|auntie|cousin|husband|wife|partner)`;

export const CONTEXT_TERMS: readonly ContextTerm[] = [
  {
    kind: 'idiom',
    direction: 'overlap',
    effect: 'set-aside',
    pattern: rx(
      String.raw`(?:i'?m |im )?dying (?:to|for)|died laughing|(?:nearly|almost) died (?:laughing|of \w+)|die of (?:embarrassment|shame|boredom)|(?:scared|bored|sick|worried|frightened) to death|to die for|(?:nearly |almost )?(?:gave|give|giving|had|have) (?:me |him |her |us )?(?:a )?heart attack (?:when|at|seeing|over|because)|(?:nearly|almost) (?:gave|had) (?:me |him |her )?a heart attack|gave me a heart attack|heart attack on a plate|(?:can'?t|couldn'?t) breathe? (?:for|from|with) laugh\w*|choked up|chok\w* back (?:the )?tears|collapsed (?:laughing|in (?:a heap of )?laughter|into bed|on the sofa)|kill(?:s|ed|ing)? me (?:off|now)|fit as a fiddle|keep fit|blind drunk|bleeding me dry|could (?:have |'?ve )?killed (?:him|her|them)|swallow me (?:up|whole)`,
    ),
  },
  {
    kind: 'negated',
    direction: 'forward',
    effect: 'set-aside',
    maxWords: 6,
    pattern: rx(
      String.raw`no|not|never|without|nil|none|denies|denied|deny|denying|negative for|free of|no signs? of|(?:do|does|did|has|have|had|is|are|was|were)(?:n'?t| not)|dont|didnt|doesnt|havent|hasnt|isnt|wasnt|arent`,
    ),
  },
  { kind: 'negated', direction: 'backward', effect: 'set-aside', maxWords: 4, pattern: rx(String.raw`(?:(?:was|were|has been|have been|is|are) )?(?:ruled out|excluded)`) },
  {
    kind: 'other person',
    direction: 'both',
    effect: 'set-aside',
    firm: true,
    pattern: rx(String.raw`family history(?: of)?|runs in (?:the|my|our) family|hereditary`),
  },
  {
    kind: 'past',
    direction: 'both',
    effect: 'set-aside',
    firm: true,
    pattern: rx(String.raw`[a-z]+[- ]free (?:for|since)|(?:seizure|fit|fits|symptom|pain)[- ]free`),
  },
  {
    kind: 'past',
    direction: 'both',
    effect: 'set-aside',
    pattern: rx(
      String.raw`(?:past )?(?:medical )?history of|(?:in|back in) (?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|some|a few|a couple of|couple of) (?:years?|yrs?|months?) ago|years ago|last year|as a (?:child|kid|baby|teenager|teen)|when i was (?:younger|a child|a kid|little|small|at school|\d+)|used to|previous(?:ly)?|in the past|years back|in my (?:teens|twenties|thirties|youth)|a long time ago|when (?:he|she|they) (?:was|were) (?:\d+|little|small|younger|a baby|a toddler)|(?:in|back in) (?:january|february|march|april|june|july|august|september|october|november|december)|(?:surgery|operation) at \d+|discharged|follow[- ]?up`,
    ),
  },
  {
    kind: 'past',
    direction: 'both',
    effect: 'possible',
    // Near the match only: "I had a long flight last week" says nothing about the calf swollen now.
    maxWords: 5,
    pattern: rx(String.raw`last (?:month|week)|(?:\d+|a|one|two|three|a few|a couple of|couple of|few) weeks? ago|a while (?:ago|back)|once before`),
  },
  {
    kind: 'hypothetical',
    direction: 'forward',
    effect: 'set-aside',
    pattern: rx(
      String.raw`if|in case|what if|whether|should (?:i|he|she|they|we) (?:get|develop|start|ever)|(?:signs|symptoms) (?:of|to look out for|to watch for)|look(?:ing)? out for|watch(?:ing)? (?:out )?for|worried (?:about|that) (?:\w+ )?(?:might|could|will|may) (?:get|have|develop)|(?:risk|chance|chances) of|to (?:prevent|avoid)|(?:afraid|scared|frightened|terrified) of (?:getting|having)|(?:might|could|would|may) (?:get|develop)`,
    ),
  },
  {
    kind: 'question',
    direction: 'forward',
    effect: 'set-aside',
    pattern: rx(
      String.raw`is it (?:normal|possible|safe|common|likely)|(?:what|which) are the (?:signs|symptoms)|how (?:do|can|would) (?:i|you|we) (?:know|tell|spot)|(?:can|could|does|do|will) (?:\w+ ){1,3}(?:cause|lead to|give you|trigger)|(?:i'?m |i am )?wonder(?:ing)? (?:if|whether)`,
    ),
  },
  {
    kind: 'resolved',
    direction: 'backward',
    effect: 'set-aside',
    pattern: rx(
      String.raw`(?:has |have |had )?(?:stopped|went away|gone away|gone now|cleared up|settled(?: down)?|eased off|wore off|worn off|subsided|resolved|went back to normal|back to normal|better now|fine now|ok now|okay now|recovered|passed|(?:was |were )?fine straight away)(?: (?:by|on) (?:it|them)sel(?:f|ves)| on (?:its|their) own| after (?:a few |about |\d+ )?(?:seconds|minutes|mins|hours?))?`,
    ),
  },
];

/** Words that look like triggers but are not: "not sure", "as if", "hasn't stopped", "passed out". */
export const PSEUDO_TRIGGERS = rx(
  String.raw`not sure|no idea|not just|not only|not well|not good|not great|not right|not (?:feeling|been|felt) (?:well|great|good|right|myself|herself|himself)|not (?:my|him|her)self|(?:do|did)(?:n'?t| not) know|no one|nobody|no matter|no better|no longer|not getting better|not improving|not helping|(?:didn|doesn|hasn|haven|isn|wasn)'?t (?:help|helping|helped|work|working|improve|improving|stop|stopped|go away|gone|settled|eased|cleared)|not (?:stopped|gone|settled|eased|cleared)|(?:not|never) (?:had|been) (?:this|it|anything like (?:this|it)) before|(?:sure|know|wonder|wondering|see|check|tell|ask|asked|asking|unsure) (?:if|whether)|as if|even if|if so|if possible|if you can|if that'?s|passed (?:out|urine|water|blood|clots|a|any|stools?)|used to be able|first time|for the first time|previous(?:ly)? (?:fit and )?well`,
);

/** The patient's own story in a question ("should I worry that I have chest pain?"): only possible. */
export const FIRST_PERSON = rx(String.raw`i have|i'?ve (?:got|had|been)|i'?m (?:having|getting|feeling|in)|i am|i get|i keep|i feel|my|he (?:has|is|keeps)|she (?:has|is|keeps)|(?:he|she)'?s`);

/** Words that keep a story current despite a past marker ("used to get fits, now having them again"). */
export const CURRENT = rx(String.raw`now|today|tonight|this (?:morning|afternoon|evening|week)|right now|at the moment|currently|still|again|since (?:yesterday|last night|this morning|earlier)|(?:an?|\d+|few|couple of) (?:hours?|minutes?|mins?) ago|just now|yesterday|last night`);

/** A resolved mention comes back into the story: "went away but came back". */
export const RECURS = rx(String.raw`came back|come back|comes back|coming back|returned|keeps? (?:coming|happening)|again|worse|still`);

/** Another person, kept apart from the patient only with a sign that it is their story (a death, an age). */
export const RELATIVE_TERM = rx(RELATIVE);
export const OTHER_PERSON_STORY = rx(String.raw`died|passed away|death|lost (?:him|her|them)|killed (?:him|her|them)|at (?:the age of )?\d{2}|aged \d{2}|when (?:he|she) was|history|runs in|at the end|with all of us|more likely|want a (?:health ?check|check ?up)`);
/** People the patient writes about who are not, on the face of it, the patient. */
export const NOT_THE_PATIENT = rx(String.raw`(?<!at )(?:my|a|our) (?:friend|mate|colleague|neighbour|neighbor|flatmate|boss|pal)|someone (?:at work|i know)`);

/** Clause breaks that end every scope (Chapman's termination terms). */
export const CLAUSE_BREAK = /\b(?:but|however|although|though|yet|except|apart from|aside from|whereas|while|whilst|now|then|because|cos|so)\b|[:()]/g;
/** Denials end sooner: a comma or "and" starts a new clause ("haven't slept, chest pain all night"). */
export const NEGATION_BREAK = /,|\band\b|\bwith\b|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\byet\b|\bnow\b|\bthen\b|\bbecause\b|\bso\b|[:()]/g;
/** A question's clause ends at a comma too ("I have chest pain, should I call 999?"). */
export const QUESTION_BREAK = NEGATION_BREAK;
/** "It stopped by itself" looks back past a "but" to what stopped; only a colon or bracket ends it. */
export const RESOLVED_BREAK = /[:()]/g;
