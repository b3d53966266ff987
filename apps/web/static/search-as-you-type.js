// Search as you type, for browsers with JavaScript: the page works without it (the form
// is a plain GET). Typing fetches the same page for the new words and swaps the results
// in, so the input keeps its focus; the address follows, so a result can be shared.
(() => {
  const form = document.querySelector('form[data-search-as-you-type]');
  if (!form || !window.fetch || !window.DOMParser) return;
  const target = form.getAttribute('data-search-as-you-type');
  const input = form.querySelector('input[type="search"]');
  let timer = 0;
  let latest = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const params = new URLSearchParams(new FormData(form));
      for (const [key, value] of [...params]) if (value === '') params.delete(key);
      const url = `${form.action}?${params}`;
      const ticket = ++latest;
      try {
        const res = await fetch(url, { headers: { accept: 'text/html' } });
        if (!res.ok || ticket !== latest) return;
        const next = new DOMParser().parseFromString(await res.text(), 'text/html').querySelector(target);
        const here = document.querySelector(target);
        if (next && here) here.replaceWith(next);
        history.replaceState(null, '', url);
      } catch {
        // Offline or the server is away: the button still submits the form.
      }
    }, 250);
  });
})();
