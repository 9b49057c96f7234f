/**
 * A picture that fills its positioned box (object-cover). A plain <img>: the shop's pictures are
 * served as they are (next/image was used with `unoptimized` everywhere), so next/image's client
 * code — several kB on every shop page — bought nothing. Lazy unless `priority` (the LCP image).
 */
export function FillImage({ src, alt, priority = false }: { src: string; alt: string; priority?: boolean }) {
  // eslint-disable-next-line @next/next/no-img-element -- see above: nothing for next/image to optimise
  return <img src={src} alt={alt} loading={priority ? "eager" : "lazy"} fetchPriority={priority ? "high" : undefined} decoding="async" className="absolute inset-0 h-full w-full object-cover" />;
}
