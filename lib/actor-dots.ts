/**
 * Actor colours as one small stylesheet for a page: `.ta<i>::before { background: <colour of actors[i]> }`, so a
 * page that shows an actor's dot many times (the timeline's events, the issue page's sections) names a class
 * instead of repeating an inline style per dot. The colours come from the database: anything that is not a hex
 * colour is left out (it could otherwise close the rule and inject CSS).
 */
export function actorDotCss(colors: readonly string[]): string {
  return colors.map((c, i) => (/^#[0-9a-fA-F]{3,8}$/.test(c) ? `.ta${i}::before{background:${c}}` : "")).join("");
}
