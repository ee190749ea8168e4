export interface SearchEntry {
  id: string;
  label: string;
  aliases: string[];
  /** Ranks equally good matches: the more prominent actor first. */
  mentions: number;
}

export interface SearchEvents {
  /** The user picked an actor. */
  choose(id: string): void;
  /** The query text changed (kept in the URL). */
  query(text: string): void;
}

export interface Search {
  setEntries(entries: SearchEntry[]): void;
  setQuery(text: string): void;
}

const MAX_SUGGESTIONS = 8;

interface Match {
  entry: SearchEntry;
  /** The alias that matched, shown when it is not the label. */
  via: string | null;
  rank: number;
}

function matchEntry(entry: SearchEntry, q: string): Match | null {
  let best: Match | null = null;
  for (const [name, via] of [
    [entry.label, null],
    [entry.id, entry.id],
    ...entry.aliases.map((a) => [a, a] as const),
  ] as const) {
    const lower = name.toLowerCase();
    const at = lower.indexOf(q);
    if (at < 0) continue;
    // Exact beats prefix beats word start beats anywhere.
    const rank = lower === q ? 0 : at === 0 ? 1 : /\s/.test(lower[at - 1] ?? "") ? 2 : 3;
    if (!best || rank < best.rank) best = { entry, via, rank };
  }
  return best;
}

function findMatches(entries: SearchEntry[], q: string): Match[] {
  return entries
    .map((entry) => matchEntry(entry, q))
    .filter((m): m is Match => m !== null)
    .sort(
      (a, b) =>
        a.rank - b.rank || b.entry.mentions - a.entry.mentions || a.entry.label.localeCompare(b.entry.label),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/** The suggestion elements (text only); an empty list says so. */
function optionElements(matches: Match[], choose: (match: Match) => void): HTMLElement[] {
  if (matches.length === 0) {
    const option = document.createElement("div");
    option.className = "empty";
    option.textContent = "No actor matches.";
    return [option];
  }
  return matches.map((match, i) => {
    const option = document.createElement("div");
    option.id = `search-option-${i}`;
    option.setAttribute("role", "option");
    option.setAttribute("aria-selected", "false");
    option.textContent = match.entry.label;
    if (match.via && match.via !== match.entry.label) {
      const via = document.createElement("span");
      via.className = "via";
      via.textContent = ` (${match.via})`;
      option.append(via);
    }
    // mousedown, not click: it fires before the input loses focus and closes the list.
    option.addEventListener("mousedown", (event) => {
      event.preventDefault();
      choose(match);
    });
    return option;
  });
}

/** A combobox over actor names and aliases: arrow keys move, Enter chooses, Escape closes. */
export function createSearch(input: HTMLInputElement, list: HTMLElement, events: SearchEvents): Search {
  let entries: SearchEntry[] = [];
  let matches: Match[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    for (const [i, option] of [...list.children].entries())
      option.setAttribute("aria-selected", String(i === index));
    const option = list.children[index];
    if (option) input.setAttribute("aria-activedescendant", option.id);
    else input.removeAttribute("aria-activedescendant");
  };

  const choose = (match: Match | undefined) => {
    if (!match) return;
    input.value = match.entry.label;
    close();
    events.query(input.value);
    events.choose(match.entry.id);
  };

  const update = () => {
    const q = input.value.trim().toLowerCase();
    if (!q) {
      close();
      return;
    }
    matches = findMatches(entries, q);
    list.replaceChildren(...optionElements(matches, choose));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    setActive(matches.length > 0 ? 0 : -1);
  };

  input.addEventListener("input", () => {
    update();
    events.query(input.value);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) update();
      if (matches.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + matches.length) % matches.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(matches[Math.max(0, active)]);
    } else if (event.key === "Escape" && !list.hidden) {
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener("blur", close);

  return {
    setEntries(next) {
      entries = next;
    },
    setQuery(text) {
      input.value = text;
    },
  };
}
