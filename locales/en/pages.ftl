# Short pages for areas that are still being built, and the error pages.

coming-soon-text = We are still working on this page. Please come back later.
coming-soon-back = Back to the home page

obligations-title = What do I have to do?
obligations-doc-title = What do I have to do? – { -brand-name }
obligations-lead = Soon you will see here what you have to do for civic integration, and by which date.
schools-title = Language schools
schools-doc-title = Language schools – { -brand-name }
plan-title = My plan
plan-doc-title = My plan – { -brand-name }
plan-lead = Soon you can make a plan here, from now until your deadline.
sessions-title = Meetings
sessions-doc-title = Meetings – { -brand-name }

not-found-title = This page does not exist
not-found-doc-title = Page not found – { -brand-name }
not-found-text = Maybe the link is old, or there is a typing error in the address.
not-found-home = Go to the home page
