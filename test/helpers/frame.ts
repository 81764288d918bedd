/** Opens `url` in an iframe of 1000 × 800 px in the test page; resolves once it has loaded. */
export function openFrame(url: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '800px';
  iframe.src = url;
  document.body.append(iframe);
  return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
}
