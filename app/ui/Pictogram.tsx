import type { PictogramName } from "./pictograms";

/**
 * A pictogram beside the text, never instead of it. The text next to it says the same, so by
 * default a screen reader skips it (alt=""). Pass `label` only where the picture stands alone.
 */
export function Pictogram({
  name,
  size = "md",
  label,
  className,
}: {
  name: PictogramName;
  size?: "xs" | "sm" | "md" | "lg";
  label?: string;
  className?: string;
}) {
  const px = { xs: 24, sm: 32, md: 48, lg: 64 }[size];
  return (
    <img
      src={`/pictograms/${name}.svg`}
      alt={label ?? ""}
      aria-hidden={label ? undefined : true}
      width={px}
      height={px}
      className={["pictogram", `pictogram--${size}`, className].filter(Boolean).join(" ")}
      decoding="async"
    />
  );
}
