/**
 * "Link to this step": without scripts it is a plain link to the step; with them a click copies
 * the step's full address (Clipboard API), or, where copying is not allowed, shows the address in
 * a selected text field to copy by hand.
 */
export function initCopyLinks(root: ParentNode = document): void {
  root.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link || (event as MouseEvent).metaKey || (event as MouseEvent).ctrlKey) return;
    event.preventDefault();
    const url = new URL(link.getAttribute('href')!, window.location.href).href;
    const status = link.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    // The words come with the link, from the page's dictionary (Step.astro): the client has none of its own.
    const copied = link.dataset.copiedText ?? '';
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = copied;
      window.setTimeout(() => {
        if (status) status.textContent = '';
      }, 2500);
    } catch {
      showFallback(link, url);
    }
  });
}

function showFallback(link: HTMLAnchorElement, url: string): void {
  let field = link.parentElement?.querySelector<HTMLInputElement>('input[data-copy-fallback]');
  if (!field) {
    const label = document.createElement('label');
    label.className = 'copy-fallback';
    label.textContent = `${link.dataset.fallbackText ?? ''} `;
    field = document.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    field.dataset.copyFallback = '';
    label.append(field);
    link.parentElement?.append(label);
  }
  field.value = url;
  field.focus();
  field.select();
}
