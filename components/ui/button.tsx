import type { ButtonHTMLAttributes } from "react";

// The one button of the desk and account pages. Variants say what the button does, not how it looks.
const VARIANTS = {
  primary: "bg-ink text-paper hover:bg-neutral-800",
  secondary: "border border-ink bg-white hover:bg-ink hover:text-paper",
  danger: "bg-red-800 text-white hover:bg-red-900",
} as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof VARIANTS;
}

export function Button({ variant = "primary", className = "", type = "submit", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`rounded px-4 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
