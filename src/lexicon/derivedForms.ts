/**
 * Generic ways news names a state's government, generated for every state instead
 * of being typed 197 times. Each template carries the sentence it exists for.
 */

/** {A} = adjective demonym ("Russian"). */
const ADJECTIVE_TEMPLATES = [
  "{A} government", // "The Russian government said ..."
  "{A} Government",
  "{A} authorities", // "Saudi authorities announced ..."
  "{A} officials", // "Chinese officials rejected ..."
  "{A} leadership",
  "{A} administration",
  "{A} Foreign Ministry", // "The Russian Foreign Ministry condemned ..."
  "{A} foreign ministry",
  "{A} Ministry of Foreign Affairs",
  "{A} Defence Ministry",
  "{A} Defense Ministry",
  "{A} defence ministry",
  "{A} defense ministry",
  "{A} forces", // ANNOTATION.md: "Russian forces" -> RUS
  "{A} troops",
  "{A} military",
  "{A} armed forces",
];

/** {N} = the state's name ("Saudi Arabia"). */
const NAME_TEMPLATES = [
  "Government of {N}", // "The Government of Saudi Arabia condemns ..."
  "government of {N}",
  "{N} government",
  "{N}'s government",
  "{N}’s government",
  "Ministry of Foreign Affairs of {N}",
  "Foreign Ministry of {N}",
  "{N}'s Foreign Ministry",
  "{N}'s foreign ministry",
];

export function derivedStateForms(names: string[], adjectives: string[]): string[] {
  const forms: string[] = [];
  for (const adjective of adjectives) {
    for (const template of ADJECTIVE_TEMPLATES) forms.push(template.replace("{A}", adjective));
  }
  for (const name of names) {
    for (const template of NAME_TEMPLATES) forms.push(template.replace("{N}", name));
  }
  return forms;
}
