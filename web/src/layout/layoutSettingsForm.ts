import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { FORCE_ATLAS_2_SETTINGS } from "../../../src/layout/settings.ts";

/**
 * The ForceAtlas2 settings form, generated from the declaration the CLI's
 * layout reads (src/layout/settings.ts): one labelled input per parameter,
 * its description as the hint. Starts from the settings inferred for the
 * graph, like `layoutGraph`.
 */
export interface LayoutSettingsForm {
  /** Shows `settings` (inferred for a newly loaded graph). */
  show(settings: ForceAtlas2Settings): void;
  current(): ForceAtlas2Settings;
}

function withSetting(
  settings: ForceAtlas2Settings,
  id: keyof ForceAtlas2Settings,
  value: number | boolean,
): ForceAtlas2Settings {
  return { ...settings, [id]: value };
}

export function createLayoutSettingsForm(container: HTMLElement, onChange: () => void): LayoutSettingsForm {
  let settings: ForceAtlas2Settings = {};
  const inputs = new Map<keyof ForceAtlas2Settings, HTMLInputElement>();

  for (const declaration of FORCE_ATLAS_2_SETTINGS) {
    const id = `fa2-${declaration.id}`;
    const row = document.createElement("div");
    row.className = `setting setting-${declaration.type}`;
    const input = document.createElement("input");
    input.id = id;
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = declaration.label;
    label.title = declaration.description;
    input.setAttribute("aria-description", declaration.description);
    if (declaration.type === "number") {
      input.type = "number";
      input.min = String(declaration.min);
      if (declaration.max !== undefined) input.max = String(declaration.max);
      input.step = String(declaration.step);
      input.addEventListener("change", () => {
        const value = Number(input.value);
        if (
          !Number.isFinite(value) ||
          value < declaration.min ||
          (declaration.max !== undefined && value > declaration.max)
        ) {
          input.setAttribute("aria-invalid", "true");
          return;
        }
        input.removeAttribute("aria-invalid");
        settings = withSetting(settings, declaration.id, value);
        onChange();
      });
      row.append(label, input);
    } else {
      input.type = "checkbox";
      input.addEventListener("change", () => {
        settings = withSetting(settings, declaration.id, input.checked);
        onChange();
      });
      row.append(input, label);
    }
    inputs.set(declaration.id, input);
    container.append(row);
  }

  return {
    show(next) {
      settings = { ...next };
      for (const declaration of FORCE_ATLAS_2_SETTINGS) {
        const input = inputs.get(declaration.id);
        const value = next[declaration.id] ?? declaration.default;
        if (!input) continue;
        if (typeof value === "boolean") input.checked = value;
        else input.value = String(Math.round(value * 1000) / 1000);
      }
    },
    current: () => ({ ...settings }),
  };
}
