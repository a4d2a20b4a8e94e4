/// The app's stylesheet, served at `/assets/regiekamer.css`. Colours meet WCAG AA contrast on white.
package enum Stylesheet {
    package static let css = """
        :root {
          --ink: #1b1b1b; --muted: #4a4a4a; --accent: #00446e; --accent-dark: #002c47; --line: #c9cfd6;
          --soft: #f2f5f8; --focus: #ffbf47; --warn: #8a1c00;
          --field-1: #0b5394; --field-2: #7a4b00; --field-3: #6b2c91; --field-4: #a3001b; --field-5: #1e6b30;
        }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0; font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
               line-height: 1.55; background: #fff; }
        a { color: var(--accent); text-underline-offset: 0.15em; }
        a:hover { color: var(--accent-dark); }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible {
          outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
        .skip-link { position: absolute; left: -9999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; }
        .skip-link:focus { left: 1rem; z-index: 10; color: #fff; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
                           white-space: nowrap; }
        header.site { background: var(--accent); color: #fff; }
        header.site .bar { max-width: 72rem; margin: 0 auto; padding: .75rem 1rem; display: flex; flex-wrap: wrap;
                           align-items: center; gap: 1rem 2rem; }
        header.site a { color: #fff; }
        .account { margin-left: auto; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
        form.inline { display: inline; margin: 0; }
        .link-button { background: none; border: 0; padding: 0; color: #fff; text-decoration: underline; font: inherit; cursor: pointer; }
        .link-button:hover { background: none; }
        main .link-button { color: var(--accent); }
        .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
        .brand--gemeente { display: flex; align-items: center; gap: .75rem; margin: 0; }
        .brand__logo { max-height: 3rem; max-width: 10rem; background: #fff; padding: .25rem; border-radius: 4px; }
        nav.main ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1.25rem; margin: 0; padding: 0; }
        nav.main a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
        main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        footer.site { border-top: 1px solid var(--line); color: var(--muted); }
        footer.site p { max-width: 72rem; margin: 0 auto; padding: 1rem; font-size: .9rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: .5rem 0 1rem; }
        h2 { font-size: 1.45rem; margin: 2rem 0 .75rem; }
        h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
        .lead { font-size: 1.15rem; color: var(--muted); max-width: 50rem; }
        nav.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 0 0 1rem;
                             font-size: .95rem; }
        nav.breadcrumbs li + li::before { content: "›"; margin-right: .5rem; color: var(--muted); }
        .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr)); gap: 1rem; padding: 0;
                  list-style: none; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; background: #fff; }
        .card h2, .card h3 { margin-top: 0; }
        .field-1 { border-top: 6px solid var(--field-1); } .field-2 { border-top: 6px solid var(--field-2); }
        .field-3 { border-top: 6px solid var(--field-3); } .field-4 { border-top: 6px solid var(--field-4); }
        .field-5 { border-top: 6px solid var(--field-5); }
        .steps { counter-reset: step; list-style: none; padding: 0; display: grid; gap: .5rem;
                 grid-template-columns: repeat(auto-fill, minmax(min(13rem, 100%), 1fr)); }
        ul.tabs { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; padding: 0; margin: 0 0 1.5rem; border-bottom: 1px solid var(--line); }
        ul.tabs a { display: inline-block; padding: .4rem 0; }
        ul.tabs a[aria-current="page"] { font-weight: 700; border-bottom: 3px solid var(--accent); }
        .steps li { border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
        .steps li.current { border: 3px solid var(--accent); background: var(--soft); }
        .attributes { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(20rem, 100%), 1fr)); gap: 1rem; align-items: start; }
        .attributes section { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; }
        .empty { color: var(--muted); font-style: italic; }
        .tag { display: inline-block; font-size: .8rem; border: 1px solid var(--muted); border-radius: 3px;
               padding: 0 .35rem; margin-left: .35rem; color: var(--muted); }
        .note { background: var(--soft); border-left: 4px solid var(--muted); padding: .5rem 1rem; font-size: .95rem; }
        form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: flex-end; margin: 1rem 0; }
        form.search input[type=search] { font-size: 1rem; padding: .5rem; min-width: min(18rem, 100%); border: 2px solid var(--muted);
                                         border-radius: 4px; }
        button { font-size: 1rem; padding: .55rem 1rem; background: var(--accent); color: #fff; border: 0;
                 border-radius: 4px; cursor: pointer; }
        button:hover { background: var(--accent-dark); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; }
        .graph { max-width: 44rem; }
        .graph svg { width: 100%; height: auto; }
        .map-with-table { display: grid; gap: 1rem; align-items: start; }
        .map-with-table { grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr)); }
        .map-with-table .table-scroll { max-height: 40rem; overflow: auto; }
        .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(17rem, 100%), 1fr)); gap: 1rem; margin: 1rem 0; }
        .multiple { border: 1px solid #c9cfd6; padding: .5rem .75rem; }
        .multiple h3 { font-size: 1rem; margin: 0 0 .25rem; }
        .multiple svg { width: 100%; height: auto; }
        .multiple dl { display: grid; grid-template-columns: auto 1fr; gap: 0 .75rem; margin: .25rem 0 0; }
        .multiple dd { margin: 0; }
        .hint { color: #4a5560; font-size: .9rem; }
        a.badge { background: #8a1c00; color: #fff; padding: .1rem .5rem; border-radius: 1rem; margin: 0 .5rem; text-decoration: none; font-weight: bold; }
        a.badge:focus, a.badge:hover { outline: 3px solid #ffbf47; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr.own th, tr.own td { font-weight: bold; }
        ul.actions { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
        form.inline { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; margin: 1rem 0; }
        .upload-progress progress { width: 100%; max-width: 30rem; height: 1.25rem; }
        table.mapping form { display: flex; gap: .25rem; flex-wrap: wrap; }
        @media print { .multiples { grid-template-columns: repeat(2, 1fr); } nav, form.inline, ul.actions { display: none; } }
        .error-page { border-left: 6px solid var(--warn); padding-left: 1rem; }
        ul.subnav { list-style: none; display: flex; gap: 1.5rem; padding: 0; margin: 0 0 1.5rem; border-bottom: 1px solid var(--line); }
        ul.subnav a { display: inline-block; padding: .5rem 0; }
        ul.subnav a[aria-current="page"] { font-weight: 700; border-bottom: 4px solid var(--accent); }
        fieldset { border: 1px solid var(--line); padding: .5rem 1rem; margin: 0 0 1rem; }
        .analysis-layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(min(16rem, 100%), 1fr); gap: 2rem; align-items: start; }
        .analysis-layout aside { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; }
        @media (max-width: 60rem) { .analysis-layout { grid-template-columns: 1fr; } }
        /* Reflow (WCAG 1.4.10): nothing is wider than the screen; a wide table scrolls inside its container
           (formulieren.js wraps it and makes a container that scrolls a labelled, focusable region), long words break. */
        main, main * { overflow-wrap: anywhere; }
        main svg, main img, main select, main input, main textarea { max-width: 100%; }
        main svg, main img { height: auto; }
        .table-scroll { max-width: 100%; overflow-x: auto; overflow-y: hidden; position: relative; }
        .table-scroll:focus { outline: 3px solid var(--focus, #ffbf47); }
        @media (max-width: 48rem) {
          form.stacked, .side-by-side { max-width: 100%; }
          .side-by-side { display: block; }
        }
        .task-step { margin: 0 0 2rem; }
        .counter { font-weight: 700; padding: .5rem .75rem; border-left: 5px solid #1d70b8; background: #f3f2f1; }
        .counter--over { border-left-color: #d4351c; }
        .vote__candidate .details { margin: 0 0 .5rem; }
        .task-step__title { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; }
        fieldset.figure-row { border: 1px solid #b1b4b6; padding: .75rem 1rem 0; margin: 0 0 1rem; min-width: 0; }
        fieldset.figure-row > legend { font-weight: 700; padding: 0 .25rem; }
        progress { width: 100%; max-width: 40rem; height: 1.25rem; }
        img.logo, img.logo-preview { max-height: 5rem; max-width: 16rem; }
        form.stacked { max-width: 40rem; }
        form.stacked .field { margin: 0 0 1rem; }
        form.stacked label { display: block; font-weight: 600; margin-bottom: .25rem; }
        form.stacked .checkbox label, form.stacked .choice label, .checkbox label { display: inline; font-weight: 400; margin-left: .4rem; }
        .checkbox { margin: .25rem 0; }
        form.stacked input[type=text], form.stacked input[type=email], form.stacked input[type=password],
        form.stacked input[type=number], form.stacked select, form.stacked textarea {
          font: inherit; padding: .5rem; border: 2px solid var(--muted); border-radius: 4px; width: 100%; max-width: 40rem; }
        form.stacked textarea { min-height: 10rem; }
        .field-error { color: var(--warn); font-weight: 600; margin: .25rem 0; }
        .alert { border-left: 6px solid var(--warn); background: #fff4f0; padding: .75rem 1rem; margin: 1rem 0; }
        .success { border-left: 6px solid var(--field-5); background: #f0f8f2; padding: .75rem 1rem; margin: 1rem 0; }
        .compare { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr)); gap: 1rem; }
        .compare pre { white-space: pre-wrap; background: var(--soft); padding: .75rem; border: 1px solid var(--line); }
        .onetime { word-break: break-all; background: var(--soft); padding: .5rem; border: 1px dashed var(--muted); }
        .secondary { background: #fff; color: var(--accent); border: 2px solid var(--accent); }
        .secondary:hover { background: var(--soft); }
        @media print { header.site, footer.site, nav.breadcrumbs, form.search { display: none; } }
        /* Components (Components, /stijlgids, docs/DESIGN.md). */
        .button { display: inline-block; font: inherit; font-size: 1rem; line-height: 1.25; padding: .6rem 1rem;
                  min-height: 2.75rem; border-radius: 4px; cursor: pointer; text-decoration: none; text-align: center;
                  border: 2px solid transparent; margin: 0 .5rem .5rem 0; }
        .button--primary { background: var(--accent); color: #fff; }
        .button--primary:hover { background: var(--accent-dark); color: #fff; }
        .button--secondary { background: #fff; color: var(--accent); border-color: var(--accent); }
        .button--secondary:hover { background: var(--soft); color: var(--accent-dark); }
        .button--subtle { background: transparent; color: var(--accent); text-decoration: underline;
                          padding-inline: .25rem; }
        .button--subtle:hover { background: var(--soft); color: var(--accent-dark); }
        .button--warning { background: var(--warn); color: #fff; }
        .button--warning:hover { background: #5e1300; color: #fff; }
        .button-group { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: 1rem 0; }
        .button-group .button { margin: 0; }
        .status-tag { display: inline-block; font-size: .9rem; font-weight: 600; line-height: 1.3; padding: .15rem .5rem;
                      border-radius: 3px; border: 1px solid currentColor; }
        .status-tag--grey { background: #eceff1; color: #383f45; }
        .status-tag--blue { background: #e3eef7; color: #00446e; }
        .status-tag--green { background: #e4f2e7; color: #10502a; }
        .status-tag--yellow { background: #fff5cc; color: #5a4000; }
        .status-tag--red { background: #fbe5e1; color: #7d1a00; }
        ul.tag-examples { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; }
        .summary-list { margin: 0 0 1.5rem; }
        .summary-list__row { display: grid; grid-template-columns: minmax(8rem, 1fr) 2fr auto; gap: .25rem 1rem;
                             border-bottom: 1px solid var(--line); padding: .6rem 0; }
        .summary-list dt { font-weight: 600; }
        .summary-list dd { margin: 0; white-space: pre-line; }
        .summary-list__actions { text-align: right; }
        @media (max-width: 40rem) {
          .summary-list__row { grid-template-columns: 1fr; } .summary-list__actions { text-align: left; } }
        .summary-card { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1.5rem; }
        .summary-card__title-bar { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem 1rem;
                                   background: var(--soft); padding: .6rem 1rem; border-bottom: 1px solid var(--line); }
        .summary-card__title { margin: 0; font-size: 1.15rem; }
        .summary-card__actions { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
        .summary-card__content { padding: 0 1rem; }
        .summary-card__content .summary-list { margin: 0; }
        .summary-card__content .summary-list__row:last-child { border-bottom: 0; }
        .task-list { list-style: none; padding: 0; margin: 0 0 1.5rem; border-top: 1px solid var(--line); }
        .task-list__item { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem 1rem;
                           padding: .75rem 0; border-bottom: 1px solid var(--line); }
        .task-list__name a { font-weight: 600; }
        .banner { border: 4px solid var(--accent); margin: 1rem 0 1.5rem; }
        .banner--success { border-color: var(--field-5); }
        .banner__header { background: var(--accent); color: #fff; padding: .1rem 1rem; }
        .banner--success .banner__header { background: var(--field-5); }
        .banner__title { font-size: 1rem; margin: .25rem 0; }
        .banner__content { padding: .5rem 1rem; }
        .banner__heading { font-weight: 700; font-size: 1.1rem; margin: .25rem 0; }
        .form-group { margin: 0 0 1.25rem; }
        .form-group--error { border-left: 5px solid var(--warn); padding-left: .75rem; }
        .form-label, .choices__legend { display: block; font-weight: 600; margin-bottom: .25rem; }
        .input { font: inherit; padding: .5rem; border: 2px solid var(--muted); border-radius: 4px; width: 100%;
                 max-width: 40rem; min-height: 2.75rem; }
        .input--w4 { width: 6.5ch; } .input--w10 { width: 13ch; } .input--w20 { width: 24ch; }
        .input[aria-invalid="true"] { border-color: var(--warn); }
        .choices { border: 0; padding: 0; margin: 0 0 1.25rem; }
        .choices--error { border-left: 5px solid var(--warn); padding-left: .75rem; }
        .choices__item { position: relative; display: flex; flex-wrap: wrap; align-items: center; min-height: 2.75rem;
                         margin-bottom: .25rem; }
        .choices__input { width: 1.75rem; height: 1.75rem; margin: .5rem; accent-color: var(--accent); flex: none; }
        .choices__label { padding: .5rem .25rem; cursor: pointer; flex: 1 1 12rem; }
        .choices__hint { flex-basis: 100%; padding-left: 2.75rem; }
        .add-another { border: 0; padding: 0; margin: 0 0 1.25rem; }
        .add-another__row { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-end; }
        table.table { margin: 0; }
        .table__caption { text-align: left; font-weight: 700; font-size: 1.1rem; padding: .25rem 0 .5rem; }
        .details { margin: 1rem 0; }
        .details__summary { color: var(--accent); cursor: pointer; text-decoration: underline; padding: .25rem 0; }
        .details__text { border-left: 5px solid var(--line); padding: .5rem 1rem; }
        .confirmation { max-width: 40rem; }
        .site-menu { display: contents; }
        @media (min-width: 64rem) { header.site .bar { max-width: 80rem; gap: 1rem 1.5rem; } nav.main ul { gap: 1rem; }
          .account { gap: .75rem; } }
        .menu-toggle { margin-left: auto; background: transparent; border: 2px solid #fff; color: #fff;
                       min-height: 2.75rem; }
        .menu-toggle[hidden] { display: none; }
        @media (min-width: 40.01rem) { .menu-toggle { display: none; } }
        @media (max-width: 40rem) {
          header.site .bar { padding: .5rem 1rem; gap: .5rem 1rem; }
          header.site.menu-ready .site-menu { display: none; }
          header.site.menu-ready .site-menu.open { display: block; width: 100%; padding-bottom: .5rem; }
          .site-menu nav.main ul { flex-direction: column; gap: .5rem; }
          .site-menu .account { margin: .75rem 0 0; } }
        .key-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .75rem;
                       margin: 0 0 1.5rem; }
        .key-figure { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; }
        .key-figure__title { font-size: 1rem; margin: 0; color: var(--muted); }
        .key-figure__value { font-size: 1.5rem; font-weight: 700; margin: 0; line-height: 1.2; }
        .key-figure p { margin: .25rem 0; }
        svg.proportion-bar { display: block; width: 100%; height: .9rem; margin: .4rem 0; border: 1px solid var(--muted);
                             border-radius: 3px; }
        .bar-back { fill: #fff; } .bar-part--share { fill: var(--accent); }
        .bar-part--grey { fill: #8a949c; } .bar-part--blue { fill: #00446e; } .bar-part--green { fill: #1e6b30; }
        .bar-part--yellow { fill: #c99700; } .bar-part--red { fill: #a3001b; }
        ul.tag-counts { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem; padding: 0; margin: .25rem 0; }
        ul.tag-counts .status-tag { font-size: .8rem; }
        .priority-cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem;
                          margin: 0 0 1.5rem; }
        .priority-card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; }
        .priority-card h3 { margin: .25rem 0; font-size: 1.05rem; }
        .indicator-course p { margin: .4rem 0 0; font-size: .9rem; line-height: 1.35; }
        figure.course-chart { margin: .25rem 0 .5rem; }
        figure.course-chart svg { width: 100%; height: auto; max-width: 22rem; display: block; }
        .priority-card figure.course-chart { margin: 0; }
        figure.course-chart figcaption { font-size: .8rem; color: var(--muted); }
        fieldset.theme-placement { margin: 0 0 .75rem; padding: .25rem 1rem .5rem; }
        fieldset.theme-placement legend { font-weight: 700; padding: 0 .25rem; }
        .theme-placement__fields { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 1rem; }
        .theme-placement__fields select, .theme-placement__fields input { width: 100%; }
        @media (max-width: 40rem) { .theme-placement__fields { grid-template-columns: 1fr; } }
        .chart-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
        .indicator-card__content { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; }
        @media (max-width: 48rem) { .indicator-card__content { grid-template-columns: 1fr; } }
        """
}
