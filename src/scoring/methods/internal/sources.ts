/** Citations used in explanations and docs. */
export const SOURCES = {
  sdsn: 'SDSN & Bertelsmann Stiftung, SDG Index and Dashboards - Detailed Methodological paper 2018 (sdsna/2018GlobalIndex, sections 1.5.2-1.5.3, Annex 4); SDSN & IEEP, 2019 Europe Sustainable Development Report, Annex 1 Methodology and data (sdsna/2019EUIndex)',
  openSdg:
    'Statistics Canada / Open SDG, Progress Measurement Methodology for the Sustainable Development Goals (open-sdg docs/progress-methodology.md) and sdg-build ProgressMeasure',
  unsd: 'Eustat, Progress Measurement for Sustainable Development Goals (EUSTAT-DES/site _pages/en/metodologia.md), after UNSD Progress Chart Technical Note 2023',
  eurostat:
    "Eurostat, 'Sustainable development in the European Union' monitoring report, methodology (Statistics Explained 'SDG - Introduction'); cut-offs from recollection, unverified",
  escap:
    'UN ESCAP, Progress Assessment Methodology (data.unescap.org/resource-guides/progress-assessment-methodology); UNECE Technical notes on the progress assessment; ESCAP SD/WP/04 (2017); exact scaling and cut-offs unverified',
  destatis:
    'German Sustainable Development Strategy weather symbols (Destatis), as published on the Vanuatu NSDP platform methodology page (brockfanning/nsdp-platform www/_pages/methodology.md)',
  okr: "Google re:Work, 'Set goals with OKRs - Grade OKRs'; John Doerr, Measure What Matters (2018)",
  oecd: "OECD, 'Measuring Distance to the SDG Targets' (2017, 2019, 2022), methodology chapter; formula reconstructed, unverified",
  nycMmr:
    "NYC Mayor's Office of Operations, Mayor's Management Report; the 5-year trend rule is an assumption, not retrieved from the MMR",
} as const;
