# Short pages for areas that are still being built, and the error pages.

coming-soon-text = Эта страница ещё в разработке. Пожалуйста, зайдите позже.
coming-soon-back = Вернуться на главную страницу

obligations-title = Что мне нужно сделать?
obligations-doc-title = Что мне нужно сделать? – { -brand-name }
obligations-lead = Скоро здесь будет видно, что Вам нужно сделать для интеграции и до какой даты.
schools-title = Языковые школы
schools-doc-title = Языковые школы – { -brand-name }
plan-title = Мой план
plan-doc-title = Мой план – { -brand-name }
plan-lead = Скоро здесь можно будет составить план: с сегодняшнего дня до Вашего крайнего срока.
sessions-title = Встречи
sessions-doc-title = Встречи – { -brand-name }

not-found-title = Такой страницы нет
not-found-doc-title = Страница не найдена – { -brand-name }
not-found-text = Возможно, ссылка устарела или в адресе есть опечатка.
not-found-home = Перейти на главную страницу
