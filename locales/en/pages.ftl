# Page titles and the error pages.


obligations-title = What do I have to do?
obligations-doc-title = What do I have to do? – { -brand-name }
obligations-lead = Soon you will see here what you have to do for civic integration, and by which date.
schools-title = Language schools
schools-doc-title = Language schools – { -brand-name }
sessions-title = Meetings
sessions-doc-title = Meetings – { -brand-name }

not-found-title = This page does not exist
not-found-doc-title = Page not found – { -brand-name }
not-found-text = Maybe the link is old, or there is a typing error in the address.
not-found-home = Go to the home page
