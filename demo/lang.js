// Runs before the elements upgrade: the page's language from ?lang=en (Japanese by default).
document.documentElement.lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ja';
