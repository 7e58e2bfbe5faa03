// Loaded in <head> before the page is drawn: marks that JavaScript runs, so the CSS can show the
// folded menu from the first paint instead of folding it after load (a layout shift).
document.documentElement.classList.add("js");
