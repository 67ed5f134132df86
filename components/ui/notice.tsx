import type { ReactNode } from "react";

// A message after an action: `status` is announced politely, `alert` at once.
export function Notice({ tone = "success", children }: { tone?: "success" | "error" | "info"; children: ReactNode }) {
  const styles = {
    success: "border-green-700 bg-green-50",
    error: "border-red-700 bg-red-50 text-red-900",
    info: "border-neutral-400 bg-white",
  }[tone];
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded border p-3 ${styles}`}>
      {children}
    </p>
  );
}
