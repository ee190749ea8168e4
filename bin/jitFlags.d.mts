export function applyJitFlags(): void;
